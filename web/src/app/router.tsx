import { createBrowserRouter, Navigate } from 'react-router-dom';
import { LoginPage } from '../features/auth/components/login-page';
import { DashboardPage } from '../features/dashboard/components/dashboard-page';
import { FindingsPage } from '../features/findings/components/findings-page';
import { NotFoundPage } from './not-found-page';
import { RequireSession } from './require-session';

/**
 * The app composes the features; features never import each other (import-direction.test.ts).
 * The pages opened first (dashboard, findings) are in the main bundle; the others load on
 * first visit.
 */
export function createRouter() {
  return createBrowserRouter([
    { path: '/login', element: <LoginPage /> },
    {
      element: <RequireSession />,
      children: [
        { index: true, element: <Navigate to="/dashboard" replace /> },
        { path: 'dashboard', element: <DashboardPage /> },
        { path: 'findings', element: <FindingsPage /> },
        {
          path: 'findings/:findingId',
          lazy: async () => ({
            Component: (await import('../features/findings/components/finding-page')).FindingPage,
          }),
        },
        {
          path: 'cases',
          lazy: async () => ({
            Component: (await import('../features/cases/components/cases-page')).CasesPage,
          }),
        },
        {
          path: 'cases/hit-rates',
          lazy: async () => ({
            Component: (await import('../features/cases/components/hit-rates-page')).HitRatesPage,
          }),
        },
        {
          path: 'cases/:caseId',
          lazy: async () => ({
            Component: (await import('../features/cases/components/case-page')).CasePage,
          }),
        },
        {
          path: 'persons',
          lazy: async () => ({
            Component: (await import('../features/persons/components/person-search-page')).PersonSearchPage,
          }),
        },
        {
          path: 'persons/:iin',
          lazy: async () => ({
            Component: (await import('../features/persons/components/person-page')).PersonPage,
          }),
        },
        {
          path: 'outreach',
          lazy: async () => ({
            Component: (await import('../features/outreach/components/outreach-page')).OutreachPage,
          }),
        },
        {
          path: 'imports',
          lazy: async () => ({
            Component: (await import('../features/imports/components/imports-page')).ImportsPage,
          }),
        },
        {
          path: 'imports/:jobId',
          lazy: async () => ({
            Component: (await import('../features/imports/components/import-page')).ImportPage,
          }),
        },
        { path: '*', element: <NotFoundPage /> },
      ],
    },
  ]);
}
