/**
 * The entry script, kept small so the dataset is on its way before the app's
 * code has run: it starts loading what the address asks for, then starts the
 * app (start.tsx), whose code the page has been fetching alongside (the build
 * writes a modulepreload link for it into index.html).
 */
import { startLoadingEarly } from '@/data/early-load';
import { primeDateFormats } from '@/domain/dates/format-date';
import '@/app/styles.css';

startLoadingEarly(window.location.search);
void import('@/app/start');
// The browser loads its date data with the first date format made: done in an idle moment while
// the dataset downloads, the first drawing does not wait for it.
if (typeof requestIdleCallback === 'function') requestIdleCallback(() => primeDateFormats('en'), { timeout: 500 });
