/** What the English offline copy is (see src/offline/endpoints.ts). */
import { offlineInfo } from '../offline/endpoints';

export const GET = offlineInfo('en');
