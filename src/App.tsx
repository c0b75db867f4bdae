import { lazy } from 'react';
import { Admin, Resource, type AuthProvider } from 'react-admin';
import { auditEvents } from './auditEvents';
import { creditNotes } from './creditNotes';
import { customers } from './customers';
import { klubMembers } from './klubMembers';
import { AccessDenied } from './layout/AccessDenied';
import { Layout } from './layout/Layout';
import { LoginPage } from './layout/LoginPage';
import { orders } from './orders';
import { products } from './products';
import { authProvider as defaultAuthProvider } from './providers/authProvider';
import {
  dataProvider as defaultDataProvider,
  type KaporalDataProvider,
} from './providers/dataProvider';
import { i18nProvider } from './providers/i18n';
import { reservations } from './reservations';
import { returns } from './returns';
import { stores } from './stores';
import { darkTheme, lightTheme } from './theme/theme';
import { users } from './users';

const Dashboard = lazy(() => import('./dashboard/Dashboard'));

/** Resources in the order of the menu: the first one a role may list is its landing page. */
const RESOURCES = [
  products,
  stores,
  orders,
  customers,
  returns,
  creditNotes,
  reservations,
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
}: AppProps) => (
  <Admin
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
  >
    {RESOURCES.map((resource) => (
      <Resource key={resource.name} {...resource} />
    ))}
  </Admin>
);
