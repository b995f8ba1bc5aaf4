#!/usr/bin/env python3
"""Check Qt .ts catalogues for what lrelease does not catch.

Reports, per message: unfinished or obsolete entries, placeholders (%1..%99, %L1, %n, %Ln) that differ
between source and translation, plural messages without the language's number of forms, a keyboard
accelerator (&) present on one side only, HTML tags that differ, and leading/trailing whitespace or a
trailing colon that was lost. Exit status 1 when anything is reported, so CI and the test suite can use it.

Usage: scripts/dev/check-translations.py [FILE.ts ...]   (default: translations/*.ts)
"""
import glob
import os
import re
import sys
import xml.etree.ElementTree as ET

# Qt's plural forms per language (see QLocale / linguist's numerus rules): Arabic distinguishes
# zero, one, two, few (3-10), many (11-99) and other (100-102...).
NUMERUS_FORMS = {'ar': 6, 'en': 2, 'de': 2, 'fr': 2, 'es': 2, 'tr': 2, 'fa': 2, 'ur': 2, 'he': 3, 'ru': 3}

PLACEHOLDER = re.compile(r'%L?(?:\d{1,2}|n)')
# A single & before a character marks an accelerator; && is a literal ampersand.
ACCELERATOR = re.compile(r'(?<!&)&(?!&)(?=[^\s])')
TAG = re.compile(r'</?([a-zA-Z][a-zA-Z0-9]*)\b[^>]*>')


def placeholders(text):
    return sorted(set(PLACEHOLDER.findall(text)))


def has_accelerator(text):
    return bool(ACCELERATOR.search(text.replace('&&', '')))


def tags(text):
    return sorted(TAG.findall(text))


def edges(text):
    lead = text[:len(text) - len(text.lstrip())]
    trail = text[len(text.rstrip()):]
    return lead, trail


def compare(source, translation):
    """Problems between one source string and one translated form."""
    problems = []
    if placeholders(source) != placeholders(translation):
        problems.append('placeholders differ: source %s, translation %s'
                        % (' '.join(placeholders(source)) or 'none', ' '.join(placeholders(translation)) or 'none'))
    if has_accelerator(source) != has_accelerator(translation):
        problems.append('accelerator (&) %s in the translation'
                        % ('missing' if has_accelerator(source) else 'added'))
    if tags(source) != tags(translation):
        problems.append('markup differs: source <%s>, translation <%s>'
                        % (' '.join(tags(source)), ' '.join(tags(translation))))
    if edges(source) != edges(translation):
        problems.append('leading/trailing whitespace differs: source %r, translation %r'
                        % (edges(source), edges(translation)))
    if source.rstrip().endswith(':') and not translation.rstrip().endswith(':'):
        problems.append('the trailing colon of the source is missing')
    return problems


def check_file(path):
    findings = []
    root = ET.parse(path).getroot()
    language = (root.get('language') or '').split('_')[0]
    forms_needed = NUMERUS_FORMS.get(language)
    counts = {'messages': 0, 'finished': 0}
    for context in root.iter('context'):
        context_name = context.findtext('name') or ''
        for message in context.iter('message'):
            counts['messages'] += 1
            source = message.findtext('source') or ''
            location = message.find('location')
            where = '%s (%s:%s)' % (context_name, location.get('filename'), location.get('line')) \
                if location is not None else context_name
            label = '%s: "%s"' % (where, source if len(source) <= 70 else source[:67] + '...')
            translation = message.find('translation')
            kind = translation.get('type') if translation is not None else 'missing'
            if kind in ('obsolete', 'vanished'):
                findings.append('%s: obsolete entry (%s)' % (label, kind))
                continue
            numerus = message.get('numerus') == 'yes'
            forms = [f.text or '' for f in translation.findall('numerusform')] if numerus and translation is not None \
                else [(translation.text or '') if translation is not None else '']
            if kind in ('unfinished', 'missing') or not any(f.strip() for f in forms):
                findings.append('%s: unfinished' % label)
                continue
            counts['finished'] += 1
            if numerus:
                if forms_needed is not None and len(forms) != forms_needed:
                    findings.append('%s: %d plural forms, language "%s" needs %d'
                                    % (label, len(forms), language, forms_needed))
                for number, form in enumerate(forms):
                    if not form.strip():
                        findings.append('%s: plural form %d is empty' % (label, number + 1))
                        continue
                    for problem in compare(source, form):
                        findings.append('%s: form %d: %s' % (label, number + 1, problem))
            else:
                for problem in compare(source, forms[0]):
                    findings.append('%s: %s' % (label, problem))
    return findings, counts


def main(argv):
    here = os.path.dirname(os.path.abspath(__file__))
    files = argv[1:] or sorted(glob.glob(os.path.join(here, '..', '..', 'translations', '*.ts')))
    if not files:
        print('check-translations: no .ts files found', file=sys.stderr)
        return 1
    total = 0
    for path in files:
        try:
            findings, counts = check_file(path)
        except (OSError, ET.ParseError) as error:
            print('%s: cannot read: %s' % (path, error), file=sys.stderr)
            return 1
        for finding in findings:
            print('%s: %s' % (os.path.relpath(path), finding))
        print('%s: %d messages, %d translated, %d problems'
              % (os.path.relpath(path), counts['messages'], counts['finished'], len(findings)),
              file=sys.stderr)
        total += len(findings)
    return 1 if total else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
