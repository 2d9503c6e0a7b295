import { describe, expect, it } from 'vitest';
import { findLandmarkPlaces } from './landmark-places';

const found = (text: string) => findLandmarkPlaces(text).map((f) => f.original);

describe('named bridges, piers and underpasses', () => {
  it('takes the whole proper name after "the" or a word that puts someone there', () => {
    expect(found('Officers attended the Kingsmere Road Bridge at 2300.')).toEqual([
      'Kingsmere Road Bridge',
    ]);
    expect(found('He fell off his bike on Hollin Bridge and ran to the Eastcliff Pier.')).toEqual([
      'Hollin Bridge',
      'Eastcliff Pier',
    ]);
  });

  it('leaves a person called Bridge, a kind word alone and a possessive', () => {
    expect(found('She had a letter from Kevin Bridge today.')).toEqual([]);
    expect(found('The Bridge is closed. We met at the bridge.')).toEqual([]);
    expect(found('They went to Mr Harlow Bridge’s house.')).toEqual([]);
  });
});

describe('named faith, leisure and shopping buildings someone is at', () => {
  it('takes the name and its kind after a word that puts someone there', () => {
    expect(found('They pray at Masjid Al-Noorani on Fridays.')).toEqual(['Masjid Al-Noorani']);
    expect(found('people will talk at the Greenhill Road Mosque.')).toEqual([
      'Greenhill Road Mosque',
    ]);
    expect(found('He attends Bethany Church of God on Sundays.')).toEqual([
      'Bethany Church of God',
    ]);
    expect(found('seen outside Moorside Leisure Centre at 9pm')).toEqual([
      'Moorside Leisure Centre',
    ]);
  });

  it('takes a park, baths, hotel or grass-roots sports club a child goes to or is found at', () => {
    expect(found('He was chased near Pellow’s Fields by older lads.')).toEqual(['Pellow’s Fields']);
    expect(found('They meet behind Ashgrove Baths after school.')).toEqual(['Ashgrove Baths']);
    expect(found('Placed at the Calderbank Hotel by the Home Office.')).toEqual([
      'Calderbank Hotel',
    ]);
    expect(found('She goes to Moorend Harriers running club.')).toEqual(['Moorend Harriers']);
    expect(found('He has stopped going to Fernley Park Colts and to Brinton ABC.')).toEqual([
      'Fernley Park Colts',
      'Brinton ABC',
    ]);
    expect(found('Mum goes to Jamia Masjid Oldfield on Fridays.')).toEqual([
      'Jamia Masjid Oldfield',
    ]);
  });

  it('leaves a person called Fields, a chain hotel and a professional team a fan follows', () => {
    expect(found('I sent a letter to Lisa Fields today.')).toEqual([]);
    expect(found('The family were moved to the Ibis Hotel last week.')).toEqual([]);
    expect(found('He is Everton mad and watches Leeds United.')).toEqual([]);
  });

  it('leaves a writer’s own building heading a letter, and a building named with no frame', () => {
    expect(found('Concern from Sri Ganesh Temple Tamil class')).toEqual([]);
    expect(found('Westfield Central Mosque – madrasa report')).toEqual([]);
    expect(found('She goes to church at the weekend.')).toEqual([]);
  });
});

describe('a district named before the lower-case kind of place there', () => {
  it('takes the district, not the kind', () => {
    expect(found('He was seen near the Brackley sidings again.')).toEqual(['Brackley']);
    expect(found('a flat above the Moss Side chip shop')).toEqual(['Moss Side']);
    expect(found('arrested at Hollins Moor park; he works out of Fenwick Lane depot')).toEqual([
      'Hollins Moor',
      'Fenwick Lane',
    ]);
    expect(found('cash from the Pen-y-Bont Post Office')).toEqual(['Pen-y-Bont']);
    expect(found('missing again from Holmfield childrens home')).toEqual(['Holmfield']);
    expect(found('He lives at the Carlton hotel near the station.')).toEqual(['Carlton']);
  });

  it('leaves a chain, a public body and a kind with no frame before it', () => {
    expect(found('They met in the Tesco car park and at the Police station.')).toEqual([]);
    expect(found('Holiday park closes in November.')).toEqual([]);
    expect(found('at the Christmas market')).toEqual([]);
    expect(found('staying at the Ibis hotel for now')).toEqual([]);
  });
});

describe('faith buildings and clubs with a lower-case kind, and shopping centres by name', () => {
  it('takes a faith building or club named before its kind in lower case, "from" included', () => {
    expect(found("Her aunt from St Barnabas's church sits with her on Mondays")).toEqual([
      "St Barnabas's church",
    ]);
    expect(found('lads from the Ravensmoor youth club were there')).toEqual([
      'Ravensmoor youth club',
    ]);
    expect(found('he trains at the Hollinfield boxing club')).toEqual(['Hollinfield boxing club']);
    expect(found('family time at the Al-Huda mosque next week')).toEqual(['Al-Huda mosque']);
  });

  it('leaves a denomination, a people, a country and a single letter before the kind', () => {
    expect(found('She goes to the Methodist church on Sundays')).toEqual([]);
    expect(found('the priest at the Eritrean Orthodox church')).toEqual([]);
    expect(found('a man from Eritrea church')).toEqual([]);
    expect(found('a bruise to R temple')).toEqual([]);
    expect(found('the church hall was cold')).toEqual([]);
  });

  it('takes a well-known shopping centre in any case and any frame', () => {
    expect(found('who she met at the metrocentre and')).toEqual(['metrocentre']);
    expect(found('a carrier bag from The Trafford Centre')).toEqual(['Trafford Centre']);
    expect(found('big group at fosse park by the maccies')).toEqual(['fosse park']);
  });

  it('leaves a centre whose name is also a school or a street, and a centre of no name', () => {
    expect(found('she wants to go back to Westfield')).toEqual([]);
    expect(found('the Family Centre rang')).toEqual([]);
  });
});

describe('pubs by their common names, and local shops by their district', () => {
  it('takes a pub after "the" and a word that puts someone there', () => {
    expect(found('Mum was seen at the Red Lion on Mill Road.')).toEqual(['the Red Lion']);
    expect(found('barred from The Plough last year')).toEqual(['The Plough']);
    expect(found('he drinks in the Fox and Hounds most nights')).toEqual(['the Fox and Hounds']);
  });

  it('leaves the Crown as a court or prosecutor, a family and a pub name with no frame', () => {
    expect(found('the case went to the Crown Court')).toEqual([]);
    expect(found('a letter from the Crown Prosecution Service')).toEqual([]);
    expect(found('he owes money to the Swan brothers')).toEqual([]);
    expect(found('The Crown is a good place to meet')).toEqual([]);
    expect(found('the file was passed to the Crown for a decision')).toEqual([]);
    expect(found('he works at the Ship yard')).toEqual([]);
  });

  it('takes the district of a row of local shops', () => {
    expect(found('they hang about at the Dunmore shops')).toEqual(['Dunmore']);
    expect(found('outside the Tesco shops')).toEqual([]);
  });

  it('takes a café, kiosk, takeaway, bakery or chemist named before its kind', () => {
    expect(found('she gets her script from the Hallgate chemist')).toEqual(['Hallgate']);
    expect(found('they meet at the Sunrise café on Mill Road')).toEqual(['Sunrise']);
    expect(found('he works above the Dunmore takeaway')).toEqual(['Dunmore']);
    expect(found('a lighter from the Tesco kiosk')).toEqual([]);
    expect(found('her methadone from the Boots chemist')).toEqual([]);
    expect(found('chips from the Halal takeaway')).toEqual([]);
  });

  it('takes a village or district before a workplace or spot there, written in lower case', () => {
    expect(found('her aunt rang from her work at the Penhallow shop')).toEqual(['Penhallow']);
    expect(found('they live above the Qorilugud grocery')).toEqual(['Qorilugud']);
    expect(found('a man from the Carrowbeg bar buys him drink')).toEqual(['Carrowbeg']);
    expect(found('Dad works nights at the Ardmillan meat plant')).toEqual(['Ardmillan']);
    expect(found('he boards at the Scalloway hostel in the week')).toEqual(['Scalloway']);
    expect(found('she takes the Kilmory ferry to school')).toEqual(['Kilmory']);
    expect(found('seen at Trebarwith pier after dark')).toEqual(['Trebarwith']);
    expect(found('found by police at the Zenith centre')).toEqual(['Zenith']);
  });

  it('leaves an ordinary word, a weekday, a service, a chain or a people before those kinds', () => {
    expect(found('she signs on at the Job centre and the Community centre')).toEqual([]);
    expect(found('he goes to the Saturday bar and the Youth centre')).toEqual([]);
    expect(found('they stay at the YMCA hostel')).toEqual([]);
    expect(found('he works at the Tesco shop and the Polish grocery')).toEqual([]);
    expect(found('she goes to the Health centre')).toEqual([]);
  });
});
