// The guide pages, loaded on demand.
export { GuideRoutes } from '../features/guide/guide-routes';
