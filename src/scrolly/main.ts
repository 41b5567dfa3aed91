/** The story page's only script entry. */
import { startStory } from './engine';
import { wireMotionToggle } from './motion';
import { wireCopyButtons } from '../scripts/copy-buttons';

wireMotionToggle();
wireCopyButtons();
void startStory();
