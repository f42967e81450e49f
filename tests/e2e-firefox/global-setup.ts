import { removeFirefoxPolicy } from './policy-file';

/** A run killed mid-way may have left the policy test's file: it would lock every other Firefox test's settings. */
export default function setup(): () => void {
  removeFirefoxPolicy();
  return removeFirefoxPolicy;
}
