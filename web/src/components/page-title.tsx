import { useEffect, useRef, type ReactNode } from 'react';
import { useLocation } from 'react-router-dom';

/** The page's h1; takes focus when the page changes so screen-reader and keyboard users start at the top. */
export function PageTitle({ children, title }: { readonly children: ReactNode; readonly title: string }) {
  const ref = useRef<HTMLHeadingElement>(null);
  const { pathname } = useLocation();
  useEffect(() => {
    document.title = `${title} · Birtizim`;
  }, [title]);
  // Only a new page moves the focus (not a language switch or a filter change).
  useEffect(() => {
    ref.current?.focus({ preventScroll: true });
  }, [pathname]);
  return (
    <h1 ref={ref} tabIndex={-1} className="page-title">
      {children}
    </h1>
  );
}
