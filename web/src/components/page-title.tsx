import { useEffect, useRef, type ReactNode } from 'react';

/** The page's h1; takes focus on navigation so screen-reader and keyboard users start at the top. */
export function PageTitle({ children, title }: { readonly children: ReactNode; readonly title: string }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${title} · Birtizim`;
    ref.current?.focus({ preventScroll: false });
  }, [title]);
  return (
    <h1 ref={ref} tabIndex={-1} className="page-title">
      {children}
    </h1>
  );
}
