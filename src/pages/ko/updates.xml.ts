/** The Korean feed of changes (see src/feed/updates-feed.ts). */
import { updatesFeed } from '../../feed/updates-feed';

export const GET = updatesFeed('ko');
