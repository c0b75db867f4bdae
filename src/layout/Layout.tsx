import type { ReactNode } from 'react';
import { Layout as RaLayout } from 'react-admin';
import { ReadablePagesProvider } from '../common/ReadablePages';
import { AppBar } from './AppBar';
import { Menu } from './Menu';
import { PrefetchNextPages } from './PrefetchNextPages';

export const Layout = ({ children }: { children: ReactNode }) => (
  <ReadablePagesProvider>
    <RaLayout appBar={AppBar} menu={Menu}>
      {children}
    </RaLayout>
    <PrefetchNextPages />
  </ReadablePagesProvider>
);
