/** The story page's script: everything that enhances a page already complete without it. */
import { startStory } from './engine';
import { wireMotionToggle } from './motion';
import { wireCopyButtons } from '../scripts/copy-buttons';

wireMotionToggle();
wireCopyButtons();
void startStory();
