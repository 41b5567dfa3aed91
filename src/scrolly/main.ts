/** The story page's only script entry. */
import { startStory } from './engine';
import { wireCopyButtons } from '../scripts/copy-buttons';

wireCopyButtons();
void startStory();
