import { Suspense, useState } from 'react';
import { Admin, CustomRoutes, Loading, Resource, type AuthProvider } from 'react-admin';
import { Route } from 'react-router-dom';
import { isAllowed, type Guarded } from './domain/permissions';
import type { Role } from './domain/types';
import { auditEvents } from './auditEvents';
import { contactRequests } from './contactRequests';
import { creditNotes } from './creditNotes';
import { customers } from './customers';
import { klubMembers } from './klubMembers';
import { AccessDenied } from './layout/AccessDenied';
import { Layout } from './layout/Layout';
import { LoginPage } from './layout/LoginPage';
import { orders } from './orders';
import { loadDashboard, loadReception, loadReturnPrint } from './pages';
import { lazyPage } from './common/lazyPage';
import { products } from './products';
import { authProvider as defaultAuthProvider } from './providers/authProvider';
import {
  dataProvider as defaultDataProvider,
  type KaporalDataProvider,
} from './providers/dataProvider';
import { i18nProvider } from './providers/i18n';
import { createQueryClient } from './providers/queryClient';
import { reservations } from './reservations';
import { returns } from './returns';
import { stores } from './stores';
import { darkTheme, lightTheme } from './theme/theme';
import { users } from './users';

const Dashboard = lazyPage(loadDashboard);
const ReceptionPage = lazyPage(loadReception);
const ReturnPrintPage = lazyPage(loadReturnPrint);

/**
 * Resources in the order of the menu: the first one a role may list is its landing page. A role
 * gets only the resources it may read; their other URLs show the access-denied page, and no
 * request is ever sent for them. The session is checked once for the app (`requireAuth`): most
 * lists, registered only for the roles that may read them, skip react-admin's second check of
 * each (`disableAuthentication`), which held their first request back by a round of rendering.
 */
const RESOURCES = [
  products,
  stores,
  orders,
  customers,
  returns,
  creditNotes,
  reservations,
  contactRequests,
  klubMembers,
  users,
  auditEvents,
];

interface AppProps {
  dataProvider?: KaporalDataProvider;
  authProvider?: AuthProvider;
}

export const App = ({
  dataProvider = defaultDataProvider,
  authProvider = defaultAuthProvider,
}: AppProps) => {
  const [queryClient] = useState(createQueryClient);
  return (
    <Admin
      queryClient={queryClient}
      dataProvider={dataProvider}
      authProvider={authProvider}
      i18nProvider={i18nProvider}
      theme={lightTheme}
      darkTheme={darkTheme}
      layout={Layout}
      loginPage={LoginPage}
      dashboard={Dashboard}
      accessDenied={AccessDenied}
      requireAuth
      disableTelemetry
    >
      {(role: Role | undefined) => {
        const readable = (name: string) => !!role && isAllowed(role, name as Guarded, 'read');
        const receives = !!role && isAllowed(role, 'returns', 'transition:received');
        return (
          <>
            {RESOURCES.filter((r) => readable(r.name)).map((resource) => (
              <Resource key={resource.name} {...resource} />
            ))}
            <CustomRoutes>
              {RESOURCES.filter((r) => !readable(r.name)).map((resource) => (
                <Route
                  key={resource.name}
                  path={`/${resource.name}/*`}
                  element={<AccessDenied />}
                />
              ))}
              <Route
                path="/reception/:id?"
                element={receives ? <ReceptionPage /> : <AccessDenied />}
              />
            </CustomRoutes>
            {readable('returns') && (
              <CustomRoutes noLayout>
                <Route
                  path="/returns/:id/print"
                  element={
                    <Suspense fallback={<Loading />}>
                      <ReturnPrintPage />
                    </Suspense>
                  }
                />
              </CustomRoutes>
            )}
          </>
        );
      }}
    </Admin>
  );
};
