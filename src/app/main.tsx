/**
 * The entry script, kept small so the dataset is on its way before the app's
 * code has run: it starts loading what the address asks for, then starts the
 * app (start.tsx), whose code the page has been fetching alongside (the build
 * writes a modulepreload link for it into index.html).
 */
import { startLoadingEarly } from '@/data/early-load';
import '@/app/styles.css';

startLoadingEarly(window.location.search);
void import('@/app/start');
