import { createBrowserRouter, Navigate } from 'react-router-dom';
import { LoginPage } from '../features/auth/components/login-page';
import { CasePage } from '../features/cases/components/case-page';
import { CasesPage } from '../features/cases/components/cases-page';
import { HitRatesPage } from '../features/cases/components/hit-rates-page';
import { DashboardPage } from '../features/dashboard/components/dashboard-page';
import { FindingPage } from '../features/findings/components/finding-page';
import { FindingsPage } from '../features/findings/components/findings-page';
import { ImportPage } from '../features/imports/components/import-page';
import { ImportsPage } from '../features/imports/components/imports-page';
import { OutreachPage } from '../features/outreach/components/outreach-page';
import { PersonPage } from '../features/persons/components/person-page';
import { PersonSearchPage } from '../features/persons/components/person-search-page';
import { NotFoundPage } from './not-found-page';
import { RequireSession } from './require-session';

/** The app composes the features; features never import each other (import-direction.test.ts). */
export function createRouter() {
  return createBrowserRouter([
    { path: '/login', element: <LoginPage /> },
    {
      element: <RequireSession />,
      children: [
        { index: true, element: <Navigate to="/dashboard" replace /> },
        { path: 'dashboard', element: <DashboardPage /> },
        { path: 'findings', element: <FindingsPage /> },
        { path: 'findings/:findingId', element: <FindingPage /> },
        { path: 'cases', element: <CasesPage /> },
        { path: 'cases/hit-rates', element: <HitRatesPage /> },
        { path: 'cases/:caseId', element: <CasePage /> },
        { path: 'persons', element: <PersonSearchPage /> },
        { path: 'persons/:iin', element: <PersonPage /> },
        { path: 'outreach', element: <OutreachPage /> },
        { path: 'imports', element: <ImportsPage /> },
        { path: 'imports/:jobId', element: <ImportPage /> },
        { path: '*', element: <NotFoundPage /> },
      ],
    },
  ]);
}
