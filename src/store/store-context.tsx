import { createContext, useContext, useState, type ReactNode } from 'react';
import { useStore } from 'zustand';
import { useShallow } from 'zustand/react/shallow';
import { createAppStore, type AppState, type AppStore, type InitialAppState } from '@/store/create-app-store';
import { selectActions } from '@/store/selectors';

const AppStoreContext = createContext<AppStore | null>(null);

/** Gives its children one fresh store, made once from `initial`. */
export function AppStoreProvider({
  initial,
  store: given,
  children,
}: {
  initial?: InitialAppState;
  store?: AppStore;
  children: ReactNode;
}) {
  const [store] = useState(() => given ?? createAppStore(initial));
  return <AppStoreContext.Provider value={store}>{children}</AppStoreContext.Provider>;
}

/** The store of the nearest provider, for effects that subscribe outside React's render. */
export function useAppStoreApi(): AppStore {
  const store = useContext(AppStoreContext);
  if (!store) throw new Error('useAppStoreApi needs an <AppStoreProvider> above it');
  return store;
}

/** Reads a value from the app store through a named selector. */
export function useAppStore<T>(selector: (state: AppState) => T): T {
  return useStore(useAppStoreApi(), selector);
}

/** The store's actions, as one stable object. */
export function useAppActions() {
  return useAppStore(useShallow(selectActions));
}
