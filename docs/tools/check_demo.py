#!/usr/bin/env python3
"""Consistency check of the demo data (no build needed).

    python3 docs/tools/check_demo.py            # from the repository root

Checks src/main/resources/demo/lien-mac-2023.json against docs/records-model.md (enums, section codes,
token syntax), db/migration/V3__indicator_catalogue.sql (every indicator code seeded) and
src/test/resources/reference/lien-mac-2023-facts.txt (every doc line matches a document record).
Exit status 1 on an error. INFO lines list the reference's own mistakes that the product checks must find.
"""
import json, re, sys, datetime, pathlib

ROOT = pathlib.Path(__file__).resolve().parents[2]
JSON = ROOT / 'src/main/resources/demo/lien-mac-2023.json'
V3 = ROOT / 'db/migration/V3__indicator_catalogue.sql'
FACTS = ROOT / 'src/test/resources/reference/lien-mac-2023-facts.txt'

SECTIONS = ['INTRO', 'I', 'II.1', 'II.2.1', 'II.2.2', 'II.2.3.a', 'II.2.3.b', 'II.2.3.c', 'II.2.3.d',
            'II.3', 'II.4', 'II.5', 'II.6', 'III.1', 'III.2', 'IV', 'V', 'CLOSING']
DOC_TYPES = {'KH', 'QD', 'CV', 'TB', 'BC', 'QC', 'CT', 'TTR', 'HD', 'ND', 'NQ', 'TT', 'CTR', 'OTHER'}
ISSUERS = {'OWN', 'HIGHER', 'PARTY', 'OTHER'}
QUALIFIERS = {'EXACT', 'APPROX', 'OVER', 'UNDER', 'AT_LEAST'}
KINDS = {'COUNT', 'MONEY', 'PERCENT', 'TEXT'}
LEVELS = {'COMMUNE', 'DISTRICT', 'PROVINCE', 'CENTRAL_VERTICAL'}
STATUSES = {'DONE', 'DONE_LATE', 'IN_PROGRESS', 'NOT_DONE'}
DOSSIER_FIELDS = ['receivedTotal', 'receivedOnline', 'receivedDirect', 'receivedCarriedOver', 'resolvedTotal',
                  'resolvedEarly', 'resolvedOnTime', 'resolvedLate', 'pendingTotal', 'pendingOnTime', 'pendingOverdue']
TOKEN = re.compile(r'\{\{([^{}]*)\}\}')

errors = []
def err(msg): errors.append(msg); print('ERROR', msg)
def info(msg): print('INFO ', msg)

data = json.loads(JSON.read_text(encoding='utf-8'))
for k in ['unitCode', 'periodTitle', 'report', 'documents', 'indicators', 'procedureSummary', 'dossierRows', 'tasks', 'narrative']:
    if k not in data: err(f'missing top-level field {k}')

# catalogue seed
seed = {}
for m in re.finditer(r"insert into indicator \(code, label, unit_of_measure, section_code, kind, position\) values "
                     r"\('([A-Z0-9_]+)', '((?:[^']|'')*)', (null|'(?:[^']|'')*'), '([^']*)', '([A-Z]+)', (\d+)\);",
                     V3.read_text(encoding='utf-8')):
    code, label, unit, section, kind, pos = m.groups()
    if code in seed: err(f'V3: code {code} seeded twice')
    if section not in SECTIONS: err(f'V3: {code} has unknown section {section}')
    if kind not in KINDS: err(f'V3: {code} has unknown kind {kind}')
    seed[code] = kind
n_inserts = V3.read_text(encoding='utf-8').lower().count('insert into indicator')
if n_inserts != len(seed): err(f'V3: {n_inserts} insert statements but {len(seed)} parsed')

# documents
docs = {}
for d in data['documents']:
    key = d['key']
    if key in docs: err(f'document key {key} twice')
    docs[key] = d
    if d['docType'] not in DOC_TYPES: err(f'{key}: docType {d["docType"]}')
    if d['issuerKind'] not in ISSUERS: err(f'{key}: issuerKind {d["issuerKind"]}')
    if d['issuedOn'] is not None: datetime.date.fromisoformat(d['issuedOn'])
    for s in d['sections']:
        if s not in SECTIONS: err(f'{key}: section {s}')
    if not isinstance(d['legalBasis'], bool): err(f'{key}: legalBasis not boolean')

# indicators
inds = {}
for i in data['indicators']:
    c = i['code']
    if c in inds: err(f'indicator {c} twice')
    inds[c] = i
    if c not in seed: err(f'indicator {c} not seeded in V3')
    elif (seed[c] == 'TEXT') != ('text' in i): err(f'indicator {c}: kind {seed[c]} but value shape {sorted(i)}')
    if 'qualifier' in i and i['qualifier'] not in QUALIFIERS: err(f'{c}: qualifier {i["qualifier"]}')
for c in seed:
    if c not in inds: info(f'V3 code {c} has no value in the demo JSON')

# narrative tokens
if list(data['narrative']) != SECTIONS: err(f'narrative sections {list(data["narrative"])} != {SECTIONS}')
used_docs, used_inds = set(), set()
for sec, body in data['narrative'].items():
    if '\n\n\n' in body or body != body.strip(): err(f'{sec}: stray blank lines / whitespace')
    for t in TOKEN.findall(body):
        kind, _, arg = t.partition(':')
        if kind == 'doc':
            key, _, fmt = arg.partition('|')
            if key not in docs: err(f'{sec}: unknown document {{{{doc:{key}}}}}')
            elif sec not in docs[key]['sections']: err(f'{sec}: cites {key} which is not linked to this section')
            if fmt not in ('', 'short'): err(f'{sec}: doc format {fmt}')
            used_docs.add(key)
        elif kind == 'ind':
            if arg not in inds: err(f'{sec}: {{{{ind:{arg}}}}} has no value in indicators')
            if arg not in seed: err(f'{sec}: {{{{ind:{arg}}}}} not seeded in V3')
            used_inds.add(arg)
        elif kind == 'proc':
            lvl, _, field = arg.partition('.')
            if lvl not in LEVELS or field not in ('fields', 'procedures'): err(f'{sec}: bad proc token {t}')
            elif not any(p['level'] == lvl for p in data['procedureSummary']): err(f'{sec}: no summary for {lvl}')
        elif t == 'table:dossier':
            pass
        else:
            err(f'{sec}: unknown token {{{{{t}}}}}')
    if re.search(r'\{\{|\}\}', TOKEN.sub('', body)): err(f'{sec}: unbalanced braces')
for key in docs:
    if key not in used_docs: info(f'document {key} is not cited inline (would be a generated sentence)')
for c in inds:
    if c not in used_inds: info(f'indicator {c} has a value but no token in the narrative')

# tasks, procedure summary
for t in data['tasks']:
    if t['status'] not in STATUSES: err(f'task status {t["status"]}')
for p in data['procedureSummary']:
    if p['level'] not in LEVELS: err(f'procedure level {p["level"]}')

# facts file
if FACTS.exists():
    pairs = {(d['numberSymbol'], datetime.date.fromisoformat(d['issuedOn']).strftime('%d/%m/%Y')) for d in docs.values() if d['issuedOn']}
    fact_docs = set()
    for n, line in enumerate(FACTS.read_text(encoding='utf-8').splitlines(), 1):
        if not line.strip(): continue
        kind, _, rest = line.partition('|')
        if kind == 'doc':
            num, _, date = rest.partition('|')
            fact_docs.add((num, date))
            if (num, date) not in pairs: err(f'facts:{n}: {line} matches no document')
        elif kind not in ('figure', 'heading', 'text'):
            err(f'facts:{n}: unknown kind {kind}')
    for p in pairs - fact_docs: err(f'facts: document {p} has no doc line')
else:
    err(f'{FACTS} missing')

# the reference's own mistakes (what the product checks should report) -- informational
rep = datetime.date.fromisoformat(data['report']['reportDate'])
win = (datetime.date(2022, 12, 10), datetime.date(2023, 12, 9))
seen = {}
for d in docs.values():
    day = datetime.date.fromisoformat(d['issuedOn'])
    if not d['legalBasis'] and not (win[0] <= day <= win[1]):
        info(f'{d["numberSymbol"]} dated {day:%d/%m/%Y}: outside the window' + (' and after the report date' if day > rep else ''))
    if day.weekday() >= 5: info(f'{d["numberSymbol"]} dated {day:%d/%m/%Y}, a {day:%A}')
    k = (d['numberSymbol'].replace(' ', ''), day.year)
    if k in seen: info(f'{d["numberSymbol"]} used twice in {day.year}: {seen[k]} and {d["key"]}')
    seen[k] = d['key']
for r in data['dossierRows']:
    v = {f: r.get(f) for f in DOSSIER_FIELDS}
    ok = (v['receivedTotal'] == v['receivedOnline'] + v['receivedDirect'] + v['receivedCarriedOver']
          and v['resolvedTotal'] == v['resolvedEarly'] + v['resolvedOnTime'] + v['resolvedLate']
          and v['pendingTotal'] == v['pendingOnTime'] + v['pendingOverdue']
          and v['receivedTotal'] == v['resolvedTotal'] + v['pendingTotal'])
    info(f'dossier row {r["label"]}: arithmetic {"holds" if ok else "FAILS"}; online rate from table '
         f'{v["receivedOnline"] / v["receivedTotal"] * 100:.2f} % vs ONLINE_RATE {inds["ONLINE_RATE"]["value"]} %, '
         f'online {v["receivedOnline"]} vs ONLINE_DOSSIERS {inds["ONLINE_DOSSIERS"]["value"]}')

print(f'{len(docs)} documents, {len(inds)} indicator values, {len(seed)} seeded codes, {len(errors)} error(s)')
sys.exit(1 if errors else 0)
