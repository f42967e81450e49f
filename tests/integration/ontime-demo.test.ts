import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { startOnTimeDemo, type DemoEvent, type OnTimeDemo } from '../harness/ontime-demo/server';
import { hasChromium, launchChromium } from '../harness/ontime-demo/browser';

const meeting = {
  subject: 'Kick-off',
  start: '2030-01-07T10:00',
  end: '2030-01-07T11:00',
  timeZone: 'Asia/Tokyo',
  location: 'Room 3A',
  body: 'Agenda',
  participants: ['hanako.suzuki@example.com'],
};

async function json<T>(res: Response): Promise<T> {
  expect(res.headers.get('content-type')).toContain('application/json');
  return (await res.json()) as T;
}

describe('OnTime demo server', () => {
  let demo: OnTimeDemo;
  let api: string;
  beforeAll(async () => {
    demo = await startOnTimeDemo();
    api = new URL('api/events', demo.url).href;
  });
  afterAll(() => demo.close());
  beforeEach(() => demo.reset());

  it('advertises localhost URLs under /ontime/ and serves the page', async () => {
    expect(demo.url).toMatch(/^http:\/\/localhost:\d+\/ontime\/$/);
    expect(demo.urlJa).toBe(`${demo.url}?lang=ja`);
    const page = await fetch(demo.url);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<script type="module" src="app.js">');
    expect((await fetch(new URL('app.js', demo.url))).headers.get('content-type')).toContain('javascript');
    expect((await fetch(new URL('../../etc/passwd', demo.url))).status).toBe(404);
  });

  it('seeds 12 events in the current week by default, deterministically', async () => {
    const events = demo.events();
    expect(events).toHaveLength(12);
    const days = new Set(events.map((e) => e.start.slice(0, 10)));
    expect(days.size).toBe(5); // Monday to Friday of one week
    expect(events.filter((e) => e.onlineMeeting?.provider === 'zoom')).toHaveLength(1);
    demo.reset();
    expect(demo.events()).toEqual(events);
  });

  it('creates, reads, updates, queries by range and deletes events', async () => {
    const created = await json<DemoEvent>(await post(api, meeting));
    expect(created).toMatchObject({ ...meeting, id: expect.stringMatching(/^ev-/) });

    const got = await json<DemoEvent>(await fetch(`${api}/${created.id}`));
    expect(got).toEqual(created);

    const update = { ...meeting, subject: 'Kick-off (moved)', start: '2030-01-08T09:00', end: '2030-01-08T09:30', onlineMeeting: { provider: 'zoom', url: 'https://zoom.us/j/81234567890?pwd=abc' } };
    const put = await fetch(`${api}/${created.id}`, { method: 'PUT', headers: { 'content-type': 'application/json' }, body: JSON.stringify(update) });
    expect(put.status).toBe(200);
    expect(demo.events().find((e) => e.id === created.id)).toMatchObject(update);

    const inRange = await json<DemoEvent[]>(await fetch(`${api}?from=2030-01-08&to=2030-01-09`));
    expect(inRange.map((e) => e.id)).toEqual([created.id]);
    expect(await json<DemoEvent[]>(await fetch(`${api}?from=2030-01-07&to=2030-01-08`))).toEqual([]);
    // Overlap, not containment: an event crossing the range edge is included.
    expect(await json<DemoEvent[]>(await fetch(`${api}?from=2030-01-08T09:15&to=2030-01-08T12:00`))).toHaveLength(1);

    expect((await fetch(`${api}/${created.id}`, { method: 'DELETE' })).status).toBe(204);
    expect((await fetch(`${api}/${created.id}`, { method: 'DELETE' })).status).toBe(404);
    expect(demo.events().some((e) => e.id === created.id)).toBe(false);
  });

  it('rejects malformed events', async () => {
    expect((await post(api, { ...meeting, start: '2030-01-07 10:00' })).status).toBe(400);
    expect((await post(api, { ...meeting, end: meeting.start })).status).toBe(400);
    expect((await post(api, { ...meeting, participants: 'x' })).status).toBe(400);
    expect((await post(api, { ...meeting, onlineMeeting: { provider: 'skype', url: 'x' } })).status).toBe(400);
    expect(demo.events()).toHaveLength(12);
  });

  it('exposes /__demo/events and /__demo/reset for tests', async () => {
    await post(api, meeting);
    const origin = new URL(demo.url).origin;
    expect(await json<DemoEvent[]>(await fetch(`${origin}/__demo/events`))).toHaveLength(13);
    expect(await json<{ count: number }>(await post(`${origin}/__demo/reset`, { seed: 3 }))).toEqual({ count: 3 });
    expect(demo.events().map((e) => e.subject)).toEqual(['Weekly sales stand-up', 'Customer visit: Nakamura Trading', 'Q3 pipeline review']);
    await post(`${origin}/__demo/reset`, { seed: 1, lang: 'ja' });
    expect(demo.events()[0]?.subject).toBe('営業部 週次朝会');
    await post(`${origin}/__demo/reset`, { lang: 'en' });
    expect(demo.events()).toHaveLength(12);
  });

  it('seeds 5000 events over many weeks and answers one week quickly', async () => {
    demo.reset(5000);
    const events = demo.events();
    expect(events).toHaveLength(5000);
    expect(new Set(events.map((e) => e.start.slice(0, 7))).size).toBeGreaterThan(24); // spread over years
    const monday = events[0]!.start.slice(0, 10);
    const t0 = performance.now();
    const week = await json<DemoEvent[]>(await fetch(`${api}?from=${monday}&to=2100-01-01`));
    expect(week.length).toBeGreaterThan(0);
    expect(performance.now() - t0).toBeLessThan(1000);
  });
});

describe.skipIf(!hasChromium())('OnTime demo page in Chromium', () => {
  let demo: OnTimeDemo;
  let browser: Browser;
  let page: Page;
  beforeAll(async () => {
    [demo, browser] = await Promise.all([startOnTimeDemo(), launchChromium()]);
  }, 30_000);
  afterAll(async () => {
    await browser?.close();
    await demo?.close();
  });
  beforeEach(async () => {
    demo.reset();
    page = await browser.newPage();
    await page.goto(demo.url);
    await page.evaluate(() => (window as unknown as { __ontimeDemo: { ready: Promise<void> } }).__ontimeDemo.ready);
  });
  afterEach(() => page?.close());

  // A new meeting starts at the next half hour: on a weekend, or late on a Friday, that is outside
  // the work week the grid shows. These tests run at 10:00 on the Wednesday of the shown week.
  const atWorkdayMorning = async () => {
    const monday = await page.evaluate(() => (window as unknown as { __ontimeDemo: { state: { from: string } } }).__ontimeDemo.state.from);
    const [y, m, d] = monday.split('-').map(Number) as [number, number, number];
    await page.clock.setFixedTime(new Date(y, m - 1, d + 2, 10, 0));
  };

  const saveAndWait = async () => {
    await page.getByRole('dialog').getByRole('button', { name: 'Save' }).click();
    await page.getByRole('dialog').waitFor({ state: 'detached' });
  };

  it('saves a meeting typed with the real keyboard', async () => {
    await atWorkdayMorning();
    await page.getByRole('button', { name: 'New meeting' }).click();
    const dialog = page.getByRole('dialog', { name: 'New meeting' });
    await expect(dialog.getAttribute('aria-modal')).resolves.toBe('true');
    await dialog.getByLabel('Subject').click();
    await page.keyboard.type('Typed by a person');
    await saveAndWait();
    expect(demo.events().filter((e) => e.subject === 'Typed by a person')).toHaveLength(1);
    await page.getByRole('button', { name: /^Typed by a person/ }).waitFor(); // shown in the week grid
  }, 30_000);

  it('saves native-setter writes with an input event, but not bare .value writes', async () => {
    await atWorkdayMorning();
    await page.getByRole('button', { name: 'New meeting' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Subject').fill('Setter check');
    await dialog.getByLabel('Location').evaluate((el: HTMLInputElement) => {
      el.value = 'https://zoom.us/j/111'; // shown, never reaches the model
    });
    await dialog.getByLabel('Description').evaluate((el: HTMLTextAreaElement) => {
      el.value = 'instance setter'; // React-style tracker: the event is ignored
      el.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await saveAndWait();
    expect(demo.events().find((e) => e.subject === 'Setter check')).toMatchObject({ location: '', body: '' });

    await page.getByRole('button', { name: /^Setter check/ }).click();
    const edit = page.getByRole('dialog', { name: 'Edit meeting' });
    await edit.getByLabel('Location').evaluate((el: HTMLInputElement) => {
      Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(el, 'https://zoom.us/j/222');
      el.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await edit.getByLabel('Description').evaluate((el: HTMLTextAreaElement) => {
      Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')!.set!.call(el, 'Join: https://zoom.us/j/222');
      el.dispatchEvent(new Event('input', { bubbles: true }));
      el.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await saveAndWait();
    expect(demo.events().find((e) => e.subject === 'Setter check')).toMatchObject({
      location: 'https://zoom.us/j/222',
      body: 'Join: https://zoom.us/j/222',
    });
  }, 30_000);

  it('re-renders the editor with new nodes and keeps the model', async () => {
    await page.getByRole('button', { name: 'New meeting' }).click();
    await page.getByLabel('Subject').fill('Survives re-render');
    const before = await page.getByLabel('Subject').evaluate((el) => el.id);
    await page.evaluate(() => (window as unknown as { __ontimeDemo: { rerenderEditor(): void } }).__ontimeDemo.rerenderEditor());
    const after = await page.getByLabel('Subject').evaluate((el) => ({ id: el.id, value: (el as HTMLInputElement).value }));
    expect(after.id).not.toBe(before);
    expect(after.value).toBe('Survives re-render');
  }, 30_000);

  it('creates an OnTime Zoom meeting from the Online meeting menu', async () => {
    await page.getByRole('button', { name: 'New meeting' }).click();
    await page.getByLabel('Subject').fill('Built-in Zoom');
    await page.getByRole('button', { name: 'Create' }).click();
    await page.getByRole('menuitem', { name: 'Zoom' }).click();
    await page.getByRole('link', { name: /zoom\.us\/j\// }).waitFor();
    await saveAndWait();
    const saved = demo.events().find((e) => e.subject === 'Built-in Zoom');
    expect(saved?.onlineMeeting?.provider).toBe('zoom');
    expect(saved?.location).toMatch(/^https:\/\/zoom\.us\/j\/8\d{10}\?pwd=/);
  }, 30_000);

  it('deletes an event only after the in-page confirmation', async () => {
    await page.getByRole('button', { name: /^Q3 pipeline review/ }).click();
    const dialog = page.getByRole('dialog', { name: 'Edit meeting' });
    await dialog.getByRole('button', { name: 'Delete' }).click();
    const confirm = page.getByRole('alertdialog');
    await confirm.getByRole('button', { name: 'Cancel' }).click();
    expect(demo.events().some((e) => e.subject === 'Q3 pipeline review')).toBe(true);
    await dialog.getByRole('button', { name: 'Delete' }).click();
    await confirm.getByRole('button', { name: 'OK' }).click();
    await dialog.waitFor({ state: 'detached' });
    expect(demo.events().some((e) => e.subject === 'Q3 pipeline review')).toBe(false);
  }, 30_000);

  it('keeps one hidden dialog in the hidden variant', async () => {
    await page.goto(`${demo.urlJa}&variant=hidden`);
    await page.getByRole('button', { name: '新規会議' }).click();
    await page.getByLabel('件名').fill('一回目');
    await page.getByRole('button', { name: 'キャンセル' }).click();
    expect(await page.locator('[role="dialog"]').count()).toBe(1);
    expect(await page.getByRole('dialog').count()).toBe(0); // hidden from the accessibility tree
    await page.getByRole('button', { name: '新規会議' }).click();
    await expect(page.getByLabel('件名').inputValue()).resolves.toBe(''); // reset from the new model
    expect(await page.locator('[role="dialog"]').count()).toBe(1);
  }, 30_000);
});

function post(url: string, body: unknown): Promise<Response> {
  return fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
}
