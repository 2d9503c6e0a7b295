// UK public bodies other than councils that notes name and the partnership needs to read: police
// forces, children's trusts, national services. Compiled by hand from the public lists named in
// SOURCE.md (facts: official names only). NHS bodies are kept by their name's ending instead
// ("… NHS Foundation Trust", "… Health Board", "… Integrated Care Board"), see keep-terms.ts.

/** Territorial and special police forces of the UK, by their official names. */
export const POLICE_FORCES = [
  'Avon and Somerset Constabulary|Bedfordshire Police|Cambridgeshire Constabulary|',
  'Cheshire Constabulary|City of London Police|Cleveland Police|Cumbria Constabulary|',
  'Derbyshire Constabulary|Devon and Cornwall Police|Dorset Police|Durham Constabulary|',
  'Dyfed-Powys Police|Essex Police|Gloucestershire Constabulary|Greater Manchester Police|',
  'Gwent Police|Hampshire Constabulary|Hampshire and Isle of Wight Constabulary|',
  'Hertfordshire Constabulary|Humberside Police|Kent Police|Lancashire Constabulary|',
  'Leicestershire Police|Lincolnshire Police|Merseyside Police|Metropolitan Police|',
  'Metropolitan Police Service|Norfolk Constabulary|North Wales Police|North Yorkshire Police|',
  'Northamptonshire Police|Northumbria Police|Nottinghamshire Police|South Wales Police|',
  'South Yorkshire Police|Staffordshire Police|Suffolk Constabulary|Surrey Police|Sussex Police|',
  'Thames Valley Police|Warwickshire Police|West Mercia Police|West Midlands Police|',
  'West Yorkshire Police|Wiltshire Police|British Transport Police|Ministry of Defence Police|',
  'Civil Nuclear Constabulary|Police Scotland|Police Service of Scotland|',
  'Police Service of Northern Ireland|PSNI|National Crime Agency|',
].join('');

/** Children's services run at arm's length from a council, and national bodies notes name. */
export const CHILDREN_AND_NATIONAL_BODIES = [
  "Birmingham Children's Trust|Doncaster Children's Services Trust|Sandwell Children's Trust|",
  "Northamptonshire Children's Trust|North Northamptonshire Children's Trust|",
  "West Northamptonshire Children's Trust|Slough Children First|Achieving for Children|",
  'Together for Children|Children First Northamptonshire|Worcestershire Children First|',
  "Bradford Children and Families Trust|Children's Services Trust|Cafcass|Cafcass Cymru|",
  'Children and Family Court Advisory and Support Service|National Probation Service|',
  'Probation Service|HM Prison and Probation Service|Youth Justice Board|Youth Offending Service|',
  'Youth Offending Team|Youth Justice Service|Ofsted|Care Quality Commission|Department for Education|',
  'Department for Work and Pensions|Home Office|UK Visas and Immigration|Crown Prosecution Service|',
  "Family Court|Child Safeguarding Practice Review Panel|NSPCC|Barnardo's|Women's Aid|Refuge|",
  "Action for Children|The Children's Society|Citizens Advice|Samaritans|Childline|",
  // National and devolved voluntary organisations that notes name as agencies (none whose one-word
  // name is also a person's or an ordinary word: "Brook", "Mind", "Respect" are left to the reviewer).
  'Kooth|YoungMinds|Young Minds|Papyrus|Shelter Cymru|Centrepoint|Depaul|',
  'Llamau|Home-Start|Home Start|Family Action|Turning Point|Change Grow Live|We Are With You|',
  'Catch22|St Giles Trust|Anna Freud Centre|Victim Support|SafeLives|Respect phoneline|',
  'Southall Black Sisters|Karma Nirvana|Halo Project|Galop|Mermaids|Missing People|',
  'Railway Children|Lucy Faithfull Foundation|Stop It Now|Marie Collins Foundation|',
  'Children 1st|Aberlour Children’s Charity|Includem|Quarriers|Spurgeons|Place2Be|Family Rights Group|',
  'Grandparents Plus|Carers Trust|Young Carers|Young Carers Service|Salvation Army|Red Cross|',
  'British Red Cross|Migrant Help|Refugee Council|Welsh Refugee Council|Scottish Refugee Council|',
  'Rape Crisis|Survivors UK|Nacro|Prince’s Trust|Princes Trust|Mencap|',
  'National Autistic Society|Sure Start|Healthy Start|Brook sexual health|Brook clinic|',
  // Children's companies and national bodies of the other nations that notes name as agencies.
  'Brighter Futures for Children|Tusla|Tusla Child and Family Agency|Barnardos Cymru|',
  'Action Fraud|Trussell Trust|Trussell|',
  'Children in Wales|Social Care Wales|Care Inspectorate|Care Inspectorate Wales|',
  'Children’s Hearings Scotland|Scottish Children’s Reporter Administration|Children’s Reporter|',
  'Education Authority|Public Prosecution Service|Youth Justice Agency|Voice of Young People in Care|',
].join('');
