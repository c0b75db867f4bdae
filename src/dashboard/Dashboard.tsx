import { Suspense, type ComponentType } from 'react';
import { Loading, Title, usePermissions } from 'react-admin';
import { lazyPage } from '../common/lazyPage';
import type { Role } from '../domain/types';
import { HOME_PAGES } from '../pages';
import { getUser } from '../providers/session';
import { KpiDashboard } from './kpi/KpiDashboard';
import { useStartKpiReport } from './kpi/useKpiReport';
import { WelcomeCard } from './WelcomeCard';

/** Each role loads its own home: the KPI dashboard needs none of the lists' code. */
const HOMES: Record<Role, ComponentType> = {
  admin: KpiDashboard,
  manager: KpiDashboard,
  support: lazyPage(HOME_PAGES.support),
  merchandiser: lazyPage(HOME_PAGES.merchandiser),
  warehouse: lazyPage(HOME_PAGES.warehouse),
};

/** The home page: the KPIs for those who steer, the day's work for the others. */
const Dashboard = () => {
  const { permissions: role, isPending } = usePermissions<Role | undefined>();
  // The session says the role at once: the KPIs are asked for before the permissions are read.
  const signedIn = getUser()?.role;
  useStartKpiReport(!!signedIn && HOMES[signedIn] === KpiDashboard);
  if (isPending || !role) return <Loading />;
  const Home = HOMES[role];
  return (
    <>
      <Title title="ra.page.dashboard" />
      <WelcomeCard />
      <Suspense fallback={<Loading />}>
        <Home />
      </Suspense>
    </>
  );
};

export default Dashboard;
