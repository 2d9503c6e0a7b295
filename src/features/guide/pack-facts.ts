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

/** "Published June 2013", "Published 2024, reviewed 2025", or "Date not given". */
export function datesWords(pack: PolicyPack): string {
  const { published, reviewed } = pack.provenance;
  const parts = [
    published ? `Published ${describePartialDate(published)}` : 'Publication date not given',
    reviewed ? `reviewed ${describePartialDate(reviewed)}` : null,
  ];
  return parts.filter(Boolean).join(', ');
}

export function areaWords(pack: PolicyPack): string {
  return pack.partnership.area ?? 'Area not named in the source';
}
