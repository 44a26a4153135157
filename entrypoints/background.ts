import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';

// Kept thin: the toolbar button's tooltip names the build that is running.
export default defineBackground(() => {
  const { name, version } = browser.runtime.getManifest();
  void browser.action.setTitle({ title: `${name} ${version}` });
});
