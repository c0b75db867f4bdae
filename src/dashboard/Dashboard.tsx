import { Loading, NavigateToFirstResource, Title, useCanAccess } from 'react-admin';
import { WelcomeCard } from './WelcomeCard';

/** The home page; a role that may not see the KPIs lands on its first list instead. */
const Dashboard = () => {
  const { canAccess, isPending } = useCanAccess({ resource: 'dashboard', action: 'list' });
  if (isPending) return <Loading />;
  if (!canAccess) return <NavigateToFirstResource loading={Loading} />;
  return (
    <>
      <Title title="ra.page.dashboard" />
      <WelcomeCard />
    </>
  );
};

export default Dashboard;
