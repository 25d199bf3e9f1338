// Typed wrappers over runtime/tabs messaging: the one place that knows the message union's shape.
import { browser } from 'wxt/browser';
import type { Request, Responses } from '../messages';

type Of<T extends Request['type']> = Extract<Request, { type: T }>;

export function sendToBackground<T extends Request['type']>(message: Of<T>): Promise<Responses[T]> {
  return browser.runtime.sendMessage(message) as Promise<Responses[T]>;
}

export function sendToTab<T extends Request['type']>(tabId: number, message: Of<T>): Promise<Responses[T]> {
  return browser.tabs.sendMessage(tabId, message) as Promise<Responses[T]>;
}

export function isRequest(value: unknown): value is Request {
  return typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string';
}
