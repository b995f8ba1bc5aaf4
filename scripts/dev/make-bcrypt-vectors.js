#!/usr/bin/env node
// Regenerates tests/data/bcrypt-vectors.json: bcrypt hashes made by the Node libraries the
// server may use (bcryptjs, native bcrypt) plus hashes made by our PasswordHasher (libxcrypt),
// every one checked here with both bcryptjs.compareSync and bcrypt.compareSync. That is what
// proves the two sides interoperate; the C++ test suite then only replays the file, never Node.
//
// Needs Node and, in a scratch directory outside the repo:
//   mkdir /tmp/bcrypt-vectors && cd /tmp/bcrypt-vectors
//   npm init -y && npm install bcryptjs bcrypt     # generated with bcryptjs 3.0.3, bcrypt 6.0.0
// Then, from that directory (the packages are resolved from the current directory):
//   node /work/main/scripts/dev/make-bcrypt-vectors.js --passwords > passwords.json
//   <hash-ours> < passwords.json > ours.json
//   node /work/main/scripts/dev/make-bcrypt-vectors.js ours.json > /work/main/tests/data/bcrypt-vectors.json
// ("-" instead of ours.json reads stdin.) <hash-ours> is any small program linking
// src/core/passwordhasher.cpp that reads the [{password, cost}] array on stdin and prints
// [{password, hash}] made with PasswordHasher::hash(password, cost).
//
// Non-zero exit if any hash fails to verify where it should, so a bad file is never written.

'use strict';

const fs = require('fs');
const path = require('path');
// Resolve the packages from the scratch directory we run in, not from this script's repo dir.
const requireFromCwd = require('module').createRequire(path.join(process.cwd(), 'index.js'));
const bcryptjs = requireFromCwd('bcryptjs');
const bcrypt = requireFromCwd('bcrypt');

// Each shape of password that has bitten bcrypt ports before: quoting, non-ASCII UTF-8,
// astral-plane code points, the 72-byte input limit, the empty string, low and high cost.
const PASSWORDS = [
    { password: 'password123', cost: 10 },
    { password: 'it\'s "quoted" \\ and back\\\\slashed\\', cost: 10 },
    { password: 'كلمة السر ٢٠٢٦', cost: 10 },
    { password: '🔐 secret 🗝️', cost: 10 },
    { password: '0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ!@#$%^&*()', cost: 10 },
    { password: 'é'.repeat(36), cost: 10 },
    { password: '', cost: 10 },
    { password: 'cost four', cost: 4 },
    { password: 'cost twelve', cost: 12 },
];

function fail(message) {
    process.stderr.write(`make-bcrypt-vectors: ${message}\n`);
    process.exit(1);
}

// bcryptjs 3 only makes $2b$ and its genSaltSync has no minor-version argument, so the
// $2a$ variant is its own salt with the prefix swapped (same algorithm for these inputs).
function bcryptjsHash(password, cost, minor) {
    const salt = bcryptjs.genSaltSync(cost);
    return bcryptjs.hashSync(password, minor === 'a' ? '$2a$' + salt.slice(4) : salt);
}

function check(entry) {
    const results = {
        bcryptjs: bcryptjs.compareSync(entry.password, entry.hash),
        bcrypt: bcrypt.compareSync(entry.password, entry.hash),
    };
    // Native bcrypt 6 only knows $2a$/$2b$ and answers false for $2y$; bcryptjs must still agree.
    const verified = entry.hash.startsWith('$2y$') ? results.bcryptjs : results.bcryptjs && results.bcrypt;
    if (!verified)
        fail(`${entry.made_by} hash ${entry.hash} for ${JSON.stringify(entry.password)} did not verify: ${JSON.stringify(results)}`);
    return { ...entry, verified_by_node: true, node_results: results };
}

function readOurs(path) {
    const text = fs.readFileSync(path === '-' ? 0 : path, 'utf8');
    const ours = JSON.parse(text);
    if (!Array.isArray(ours) || ours.length !== PASSWORDS.length)
        fail(`${path}: expected an array of ${PASSWORDS.length} {password, hash} objects`);
    for (const { password, cost } of PASSWORDS) {
        const entry = ours.find((o) => o.password === password);
        const prefix = `$2b$${String(cost).padStart(2, '0')}$`;
        if (!entry || typeof entry.hash !== 'string' || !entry.hash.startsWith(prefix))
            fail(`${path}: no ${prefix} hash for ${JSON.stringify(password)}`);
    }
    return ours;
}

function main() {
    const arg = process.argv[2];
    if (arg === '--passwords') {
        process.stdout.write(JSON.stringify(PASSWORDS, null, 2) + '\n');
        return;
    }
    if (!arg)
        fail('usage: make-bcrypt-vectors.js --passwords | <ours.json|->');
    const ours = readOurs(arg);

    const vectors = [];
    for (const { password, cost } of PASSWORDS) {
        vectors.push({ password, hash: bcryptjsHash(password, cost, 'b'), made_by: 'bcryptjs' });
        vectors.push({ password, hash: bcryptjsHash(password, cost, 'a'), made_by: 'bcryptjs' });
        vectors.push({ password, hash: bcrypt.hashSync(password, cost), made_by: 'bcrypt' });
        vectors.push({ password, hash: ours.find((o) => o.password === password).hash, made_by: 'libxcrypt' });
    }
    // PHP writes $2y$; it is the same algorithm as $2b$, so a relabelled native hash stands in.
    for (const password of ['password123', 'كلمة السر ٢٠٢٦']) {
        vectors.push({
            password,
            hash: '$2y$' + bcrypt.hashSync(password, 10).slice(4),
            made_by: 'bcrypt',
            note: '$2b$ hash from native bcrypt with the prefix rewritten to $2y$ (native bcrypt 6 rejects $2y$, bcryptjs accepts it)',
        });
    }

    process.stdout.write(JSON.stringify(vectors.map(check), null, 2) + '\n');
}

main();
