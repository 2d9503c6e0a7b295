// Plain words for a pack's identity, shared by the chooser and the guide's header.
import type { Audience, PolicyPack } from '../../domain/policy/policy-pack';
import { describePartialDate } from '../../domain/policy/partial-date';

const AUDIENCES: Readonly<Record<Audience, string>> = {
  children: 'Children',
  adults: 'Adults',
  both: 'Children and adults',
};

export function audienceWords(audience: Audience): string {
  return AUDIENCES[audience];
}

/**
 * "Published June 2013", "Published 2024, reviewed 2025", or "Publication date not given, revised
 * October 2013" (revised, not reviewed, when the source version says so).
 */
export function datesWords(pack: PolicyPack): string {
  const { published, reviewed, sourceVersion } = pack.provenance;
  const verb = /^revised\b/i.test(sourceVersion ?? '') ? 'revised' : 'reviewed';
  const parts = [
    published ? `Published ${describePartialDate(published)}` : 'Publication date not given',
    reviewed ? `${verb} ${describePartialDate(reviewed)}` : null,
  ];
  return parts.filter(Boolean).join(', ');
}

export function areaWords(pack: PolicyPack): string {
  return pack.partnership.area ?? 'Area not named in the source';
}
