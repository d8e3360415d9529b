import { describe, expect, it } from 'vitest';
import { buildNetwork } from '#test/factories.ts';
import { mailedTestAppForFile, signUpThroughForm } from '#test/outreach.ts';
import { unsubscribeToken } from './unsubscribe-token.ts';

const app = mailedTestAppForFile();

const form = { 'content-type': 'application/x-www-form-urlencoded' };

/** A network with three lists on its form; a visitor signs up for the first two. */
async function signedUp(email: string) {
  const { network, organiser } = await buildNetwork(app.t);
  const api = (url: string) => `/api/networks/${network.slug}${url}`;
  const newList = async (name: string) =>
    (
      await app.t.request({
        method: 'POST',
        url: api('/outreach/lists'),
        cookie: organiser.cookie,
        payload: { name: { fi: name }, onInterestForm: true },
      })
    ).json().id as string;
  const lists = [await newList('Kunnat'), await newList('Virastot'), await newList('Uutiskirje')];
  const confirm = new URL(await signUpThroughForm(app.t, network.slug, email, lists.slice(0, 2))).pathname;
  const subscribers = async (list: string) =>
    (
      await app.t.request({
        method: 'GET',
        url: api(`/outreach/lists/${list}/subscribers`),
        cookie: organiser.cookie,
      })
    ).json();
  return { network, api, lists, confirm, subscribers };
}

describe('the confirmation link', () => {
  it('leads to its network’s page, which confirms only with its button and says so when opened again', async () => {
    const { network, api, lists, confirm, subscribers } = await signedUp('maija@kunta.example');
    const token = confirm.split('/').at(-1) ?? '';
    const opened = await app.t.request({ method: 'GET', url: confirm });
    expect(opened.statusCode).toBe(302);
    const page = `/n/${network.slug}/confirm/${token}`;
    expect(opened.headers.location).toBe(page);

    const shown = await app.t.request({ method: 'GET', url: page });
    expect(shown.statusCode).toBe(200);
    expect(shown.headers['cache-control']).toBe('no-store');
    const state = await app.t.request({ method: 'GET', url: api(`/confirmations/${token}`) });
    expect(state.json()).toEqual({ state: 'pending', lists: [{ fi: 'Kunnat' }, { fi: 'Virastot' }] });
    expect((await subscribers(lists[0] ?? ''))[0].status).toBe('pending');

    const pressed = await app.t.request({ method: 'POST', url: page, headers: form, payload: '' });
    expect(pressed.statusCode).toBe(303);
    expect(pressed.headers.location).toBe(page);
    expect((await subscribers(lists[0] ?? ''))[0].status).toBe('confirmed');
    const after = await app.t.request({ method: 'GET', url: api(`/confirmations/${token}`) });
    expect(after.json()).toEqual({ state: 'confirmed', lists: [{ fi: 'Kunnat' }, { fi: 'Virastot' }] });
  });

  it('is unknown under another network’s address, and an unknown link finds nothing', async () => {
    const { confirm } = await signedUp('toinen@kunta.example');
    const token = confirm.split('/').at(-1) ?? '';
    const { network: other } = await buildNetwork(app.t);
    const elsewhere = await app.t.request({
      method: 'GET',
      url: `/api/networks/${other.slug}/confirmations/${token}`,
    });
    expect(elsewhere.statusCode).toBe(404);
    const pressed = await app.t.request({
      method: 'POST',
      url: `/n/${other.slug}/confirm/${token}`,
      headers: form,
      payload: '',
    });
    expect(pressed.statusCode).toBe(404);
    const state = await app.t.request({ method: 'GET', url: confirm.replace('/confirm/', '/confirm/x') });
    expect(state.statusCode).toBe(404);
  });
});

describe('the unsubscribe link', () => {
  async function linked(email: string) {
    const setup = await signedUp(email);
    await app.t.request({ method: 'POST', url: setup.confirm, headers: form, payload: '' });
    const [row] = await setup.subscribers(setup.lists[0] ?? '');
    const token = unsubscribeToken(app.t.app.config.SESSION_SECRET, row.id);
    return { ...setup, token, page: `/n/${setup.network.slug}/unsubscribe/${token}` };
  }

  it('names the address and the list, leaves it with the button, and offers the network’s other lists', async () => {
    const { network, api, lists, token, page, subscribers } = await linked('liisa@kunta.example');
    const opened = await app.t.request({ method: 'GET', url: `/unsubscribe/${token}` });
    expect(opened.headers.location).toBe(page);
    const before = (await app.t.request({ method: 'GET', url: api(`/unsubscriptions/${token}`) })).json();
    expect(before).toEqual({
      email: 'liisa@kunta.example',
      list: { id: lists[0], name: { fi: 'Kunnat' }, subscribed: true },
      others: [
        { id: lists[1], name: { fi: 'Virastot' }, subscribed: true },
        { id: lists[2], name: { fi: 'Uutiskirje' }, subscribed: false },
      ],
    });
    const left = await app.t.request({ method: 'POST', url: page, headers: form, payload: '' });
    expect(left.statusCode).toBe(303);
    expect((await subscribers(lists[0] ?? ''))[0].status).toBe('unsubscribed');
    const other = await app.t.request({
      method: 'POST',
      url: page,
      headers: form,
      payload: `list=${lists[1]}`,
    });
    expect(other.statusCode).toBe(303);
    expect((await subscribers(lists[1] ?? ''))[0].status).toBe('unsubscribed');
    const after = (
      await app.t.request({ method: 'GET', url: `/api/networks/${network.slug}/unsubscriptions/${token}` })
    ).json();
    expect(after.list.subscribed).toBe(false);
    expect(after.others.map((l: { subscribed: boolean }) => l.subscribed)).toEqual([false, false]);
  });

  it('refuses a list that is not named correctly, and changes nothing', async () => {
    const { lists, page, subscribers } = await linked('pekka@kunta.example');
    const bad = await app.t.request({ method: 'POST', url: page, headers: form, payload: 'list=not-a-list' });
    expect(bad.statusCode).toBe(400);
    expect(Object.keys(bad.json().error.fields)).toEqual(['list']);
    expect((await subscribers(lists[0] ?? ''))[0].status).toBe('confirmed');
  });

  it('answers a mail program’s one-click POST without a redirect, and a forged link finds nothing', async () => {
    const { lists, token, subscribers, network } = await linked('ville@kunta.example');
    const oneClick = await app.t.request({
      method: 'POST',
      url: `/unsubscribe/${token}`,
      headers: form,
      payload: 'List-Unsubscribe=One-Click',
    });
    expect(oneClick.statusCode).toBe(200);
    expect((await subscribers(lists[0] ?? ''))[0].status).toBe('unsubscribed');
    const forged = await app.t.request({
      method: 'GET',
      url: `/api/networks/${network.slug}/unsubscriptions/${token}x`,
    });
    expect(forged.statusCode).toBe(404);
    expect((await app.t.request({ method: 'GET', url: `/unsubscribe/${token}x` })).statusCode).toBe(404);
  });
});
