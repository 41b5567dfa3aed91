/** The English edition's app manifest (see src/offline/endpoints.ts). */
import { appManifest } from '../offline/endpoints';

export const GET = appManifest('en');
