import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach, vi } from 'vitest';
import { tokenStore } from '../lib/auth/tokenStore';
import { i18n } from '../lib/i18n';

// findBy* and waitFor wait up to 5 s, not 1 s: on two busy CI cores a chain of mocked requests and
// renders (sign-in, then /auth/me, then navigation) can take longer than a second without being wrong.
configure({ asyncUtilTimeout: 5000 });

// jsdom has <dialog> but not its methods; enough of them for components that open dialogs.
if (typeof HTMLDialogElement !== 'undefined' && !HTMLDialogElement.prototype.showModal) {
  HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
  HTMLDialogElement.prototype.show = HTMLDialogElement.prototype.showModal;
  HTMLDialogElement.prototype.close = function close(this: HTMLDialogElement) {
    if (!this.hasAttribute('open')) return;
    this.removeAttribute('open');
    this.dispatchEvent(new Event('close'));
  };
}

// Designsystemet's spinner synchronises its animation through the Web Animations API.
if (!document.getAnimations) document.getAnimations = () => [];
if (!Element.prototype.getAnimations) Element.prototype.getAnimations = () => [];

afterEach(async () => {
  cleanup();
  tokenStore.end('signed-out');
  vi.unstubAllGlobals();
  vi.useRealTimers();
  sessionStorage.clear();
  localStorage.clear();
  await i18n.changeLanguage('nb');
});
