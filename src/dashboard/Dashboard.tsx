import type { ComponentType } from 'react';
import { Loading, Title, usePermissions } from 'react-admin';
import type { Role } from '../domain/types';
import { MerchandiserHome } from './home/MerchandiserHome';
import { SupportHome } from './home/SupportHome';
import { WarehouseHome } from './home/WarehouseHome';
import { KpiDashboard } from './kpi/KpiDashboard';
import { WelcomeCard } from './WelcomeCard';

const HOMES: Record<Role, ComponentType> = {
  admin: KpiDashboard,
  manager: KpiDashboard,
  support: SupportHome,
  merchandiser: MerchandiserHome,
  warehouse: WarehouseHome,
};

/** The home page: the KPIs for those who steer, the day's work for the others. */
const Dashboard = () => {
  const { permissions: role, isPending } = usePermissions<Role | undefined>();
  if (isPending || !role) return <Loading />;
  const Home = HOMES[role];
  return (
    <>
      <Title title="ra.page.dashboard" />
      <WelcomeCard />
      <Home />
    </>
  );
};

export default Dashboard;
