// Under `npm run dev` there is no bundle to read licences from, yet the licences page links to
// `/third-party-licences.txt`: the development server answers it with the app's direct dependencies.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { thirdPartyLicences } from '../../scripts/third-party-licences.mjs';

test('the development server answers the licences file with each direct dependency', async () => {
  const plugin = thirdPartyLicences().find((item) => item.apply === 'serve');
  assert.ok(plugin, 'there is a plugin for the development server');
  const routes = new Map();
  plugin.configureServer({
    middlewares: { use: (path, handler) => routes.set(path, handler) },
  });
  const handler = routes.get('/third-party-licences.txt');
  assert.ok(handler, 'the development server routes /third-party-licences.txt');
  const response = { headers: {}, body: '' };
  response.setHeader = (name, value) => (response.headers[name.toLowerCase()] = value);
  await new Promise((done) => {
    response.end = (body) => {
      response.body = body;
      done();
    };
    handler({ url: '/' }, response, () => assert.fail('the request fell through'));
  });
  assert.match(response.headers['content-type'], /^text\/plain/);
  assert.match(response.body, /^Development server:/);
  const { dependencies } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url)));
  for (const name of Object.keys(dependencies)) {
    const { version } = JSON.parse(
      readFileSync(new URL(`../../node_modules/${name}/package.json`, import.meta.url)),
    );
    assert.ok(response.body.includes(`\n${name} ${version}\nLicence: `), `${name} is listed`);
  }
});
