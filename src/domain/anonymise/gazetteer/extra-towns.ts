// Towns the OS Open Names list beside this file leaves out: the cities of Great Britain (OS types
// them City, which that list does not keep) and the towns of Northern Ireland (outside OS Open
// Names), and the English names of Welsh towns it gives in Welsh. Public place names written from general knowledge, folded (lower case, no accents).

/** Folded names of UK cities and Northern Irish towns, joined by "|" like `GB_SETTLEMENTS`. */
export const EXTRA_TOWNS = [
  'aberdeen|armagh|bangor|belfast|birmingham|bradford|brighton|bristol|cambridge|canterbury|',
  'cardiff|carlisle|chelmsford|chester|chichester|coventry|derby|doncaster|dundee|durham|',
  'edinburgh|exeter|glasgow|gloucester|hereford|hove|inverness|kingston upon hull|hull|lancaster|',
  'leeds|leicester|lichfield|lincoln|lisburn|liverpool|london|londonderry|derry|manchester|',
  'milton keynes|newcastle|newcastle upon tyne|newport|newry|norwich|nottingham|oxford|perth|',
  'peterborough|plymouth|portsmouth|preston|ripon|salford|salisbury|sheffield|southampton|',
  'southend-on-sea|st albans|st asaph|st davids|stirling|stoke-on-trent|sunderland|swansea|',
  'truro|wakefield|westminster|winchester|wolverhampton|worcester|wrexham|york|',
  'antrim|ballycastle|ballyclare|ballymena|ballymoney|ballynahinch|banbridge|carrickfergus|',
  'castlederg|coleraine|comber|cookstown|craigavon|crumlin|downpatrick|dromore|dungannon|',
  'dungiven|enniskillen|holywood|irvinestown|keady|kilkeel|killyleagh|larne|limavady|lurgan|',
  'magherafelt|newcastle|newtownabbey|newtownards|omagh|portadown|portrush|portstewart|',
  'randalstown|strabane|tandragee|warrenpoint|',
  // Welsh towns the OS list gives only in Welsh ("Merthyr Tudful"), by their English names.
  'merthyr tydfil|ebbw vale',
].join('');
