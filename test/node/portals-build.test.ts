/**
 * test/tools/portals-build.ts: the portals' build shared by the tests that read it — its stamp follows every source
 * byte, the cache makes a directory once per stamp and only whole (also when two processes make it at once), and the
 * recorded chunks are exactly the build's JavaScript files.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { after, describe, it } from 'node:test';
import { CHUNKS_FILE, cachedDir, portalsBuild, sourcesStamp } from '../tools/portals-build.js';
import { PAGES } from '../../vite.config.js';

const scratch = mkdtempSync(join(tmpdir(), 'gu-portals-build-'));
after(() => rmSync(scratch, { recursive: true, force: true }));

describe('sourcesStamp', () => {
  it('changes with any byte, name or new file of the sources, and with nothing else', () => {
    const root = join(scratch, 'stamp');
    mkdirSync(join(root, 'src/deep'), { recursive: true });
    mkdirSync(join(root, 'elsewhere'));
    writeFileSync(join(root, 'src/a.ts'), 'a');
    writeFileSync(join(root, 'src/deep/b.ts'), 'b');
    writeFileSync(join(root, 'one.json'), '{}');
    const stamp = () => sourcesStamp(root, ['src', 'one.json', 'missing.ts']);
    const first = stamp();
    assert.equal(stamp(), first, 'the same tree, the same stamp');
    writeFileSync(join(root, 'elsewhere/c.ts'), 'c');
    assert.equal(stamp(), first, 'a file outside the sources');
    writeFileSync(join(root, 'src/deep/b.ts'), 'B');
    const changed = stamp();
    assert.notEqual(changed, first, 'a byte of a file deep in a source folder');
    writeFileSync(join(root, 'src/deep/b.ts'), 'b');
    assert.equal(stamp(), first, 'back as it was');
    renameSync(join(root, 'src/a.ts'), join(root, 'src/a2.ts'));
    assert.notEqual(stamp(), first, 'a renamed file');
    renameSync(join(root, 'src/a2.ts'), join(root, 'src/a.ts'));
    writeFileSync(join(root, 'src/new.ts'), '');
    assert.notEqual(stamp(), first, 'a new (empty) file');
    rmSync(join(root, 'src/new.ts'));
    writeFileSync(join(root, 'one.json'), '{ }');
    assert.notEqual(stamp(), first, 'a source that is a file');
  });
});

describe('cachedDir', () => {
  const leftovers = (cacheRoot: string) => readdirSync(cacheRoot).filter((name) => name.startsWith('.building-'));

  it('makes a stamp’s directory once, and another stamp’s again', async () => {
    const cacheRoot = join(scratch, 'once');
    let made = 0;
    const make = async (work: string) => {
      made += 1;
      mkdirSync(work, { recursive: true });
      writeFileSync(join(work, 'done'), String(made));
    };
    const dir = await cachedDir(cacheRoot, 'stamp-1', 'done', make);
    assert.equal(dir, join(cacheRoot, 'stamp-1'));
    assert.ok(existsSync(join(dir, 'done')));
    assert.equal(await cachedDir(cacheRoot, 'stamp-1', 'done', make), dir);
    assert.equal(made, 1, 'taken as it is the second time');
    assert.equal(await cachedDir(cacheRoot, 'stamp-2', 'done', make), join(cacheRoot, 'stamp-2'));
    assert.equal(made, 2, 'another stamp is made');
    assert.deepEqual(leftovers(cacheRoot), []);
  });

  it('two makers at once: both get the whole directory, no work directory is left', async () => {
    const cacheRoot = join(scratch, 'race');
    let made = 0;
    const make = async (work: string) => {
      made += 1;
      mkdirSync(work, { recursive: true });
      writeFileSync(join(work, 'part'), 'x');
      await new Promise((done) => setTimeout(done, 50)); // both are making it at the same time
      writeFileSync(join(work, 'done'), 'x');
    };
    const [a, b] = await Promise.all([
      cachedDir(cacheRoot, 'stamp', 'done', make),
      cachedDir(cacheRoot, 'stamp', 'done', make),
    ]);
    assert.equal(made, 2, 'both started before either finished');
    assert.equal(a, b);
    assert.deepEqual(readdirSync(a).sort(), ['done', 'part']);
    assert.deepEqual(leftovers(cacheRoot), []);
  });

  it('a failed or incomplete make leaves nothing in place, and the next call makes it', async () => {
    const cacheRoot = join(scratch, 'fail');
    await assert.rejects(
      cachedDir(cacheRoot, 'stamp', 'done', async (work) => {
        mkdirSync(work, { recursive: true });
        writeFileSync(join(work, 'part'), 'x');
        throw new Error('the build broke');
      }),
      /the build broke/,
    );
    await assert.rejects(
      cachedDir(cacheRoot, 'stamp', 'done', async (work) => {
        mkdirSync(work, { recursive: true });
      }),
      /made without done/,
    );
    assert.deepEqual(readdirSync(cacheRoot), [], 'no half directory, no work directory');
    const dir = await cachedDir(cacheRoot, 'stamp', 'done', async (work) => {
      mkdirSync(work, { recursive: true });
      writeFileSync(join(work, 'done'), 'x');
    });
    assert.ok(existsSync(join(dir, 'done')));
  });
});

describe('portalsBuild', () => {
  it('is `npm run build`’s output, and its chunks are exactly the build’s JavaScript files', async () => {
    const built = await portalsBuild();
    assert.equal(await portalsBuild(), built, 'one build per process');
    for (const page of PAGES) assert.ok(existsSync(join(built.dir, page)), `the page ${page}`);
    assert.ok(existsSync(join(built.dir, 'severny/payments/index.html')), 'a route’s copy of its portal’s page');
    assert.ok(existsSync(join(built.dir, 'mockServiceWorker.js')), 'the mock backend’s worker');
    const scripts = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
        entry.isDirectory()
          ? scripts(join(dir, entry.name))
          : entry.name.endsWith('.js')
            ? [join(dir, entry.name)]
            : [],
      );
    const assets = scripts(join(built.dir, 'assets')).map((file) => relative(built.dir, file));
    const chunkFiles = built.chunks.map((chunk) => chunk.fileName);
    assert.deepEqual([...chunkFiles].sort(), [...assets].sort(), `${CHUNKS_FILE} lists every chunk the build wrote`);
    const entry = built.chunks.find(
      (chunk) => chunk.isEntry && chunk.facadeModuleId?.endsWith('shells/vue/index.html'),
    );
    assert.ok(entry, 'the Vue page’s entry chunk');
    assert.ok(Object.keys(entry.modules).length > 0, 'with its modules');
    assert.ok(built.code(entry).length > 0, 'and its code');
  });
});
