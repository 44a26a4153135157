import { defineBackground } from 'wxt/utils/define-background';
import { startBackground } from '../src/background';

// Thin: the background's work is in src/background/.
export default defineBackground(() => startBackground());
