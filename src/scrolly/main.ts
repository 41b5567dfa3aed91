/** The story page's only script entry. */
import { startStory } from './engine';

void startStory();
