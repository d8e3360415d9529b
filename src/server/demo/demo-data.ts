import type { CreateNetwork } from '#shared/networks.ts';
import type { ProfileInput } from '#shared/people.ts';

export const DEMO_SLUG = 'digin-edistajat';

const SYNTHETIC = {
  fi: '*Tämä on synteettinen esittelyverkosto: henkilöt, luvut ja keskustelut on keksitty.*',
  sv: '*Detta är ett syntetiskt demonätverk: personer, siffror och diskussioner är påhittade.*',
  en: '*This is a synthetic demo network: its people, figures and discussions are made up.*',
};

export const DEMO_NETWORK: CreateNetwork = {
  slug: DEMO_SLUG,
  name: {
    fi: 'Digitalisaation edistäjien verkosto',
    sv: 'Nätverket för främjare av digitalisering',
    en: 'Network for promoters of digitalisation',
  },
  description: {
    fi: `${SYNTHETIC.fi}\n\nEpävirallinen vuoropuhelukanava julkisen hallinnon palvelukehittäjille ja valtiovarainministeriölle. Verkosto kokoontuu verkossa **kuukauden ensimmäisenä perjantaina**. Tilaisuuksiin ei tarvitse ilmoittautua.`,
    sv: `${SYNTHETIC.sv}\n\nEn inofficiell dialogkanal för tjänsteutvecklare inom den offentliga förvaltningen och finansministeriet. Nätverket träffas på nätet **den första fredagen varje månad**. Ingen anmälan behövs.`,
    en: `${SYNTHETIC.en}\n\nAn unofficial dialogue channel for service developers in public administration and the Ministry of Finance. The network meets online on the **first Friday of every month**. No registration is needed.`,
  },
  goals: [
    {
      fi: 'Lisätä alan toimijoiden vuorovaikutusta.',
      sv: 'Öka växelverkan mellan aktörerna inom området.',
      en: 'Increasing interaction among operators in the field.',
    },
    {
      fi: 'Kehittää julkisen hallinnon digitalisaatiota.',
      sv: 'Utveckla digitaliseringen inom den offentliga förvaltningen.',
      en: 'Developing digitalisation in public administration.',
    },
    { fi: 'Levittää hyviä käytäntöjä.', sv: 'Sprida god praxis.', en: 'Disseminating good practices.' },
    {
      fi: 'Tunnistaa digitalisaation kehittämisen haasteita.',
      sv: 'Identifiera utmaningar i utvecklingen av digitaliseringen.',
      en: 'Identifying challenges to the development of digitalisation.',
    },
    { fi: 'Ratkaista näitä haasteita.', sv: 'Lösa dessa utmaningar.', en: 'Solving such challenges.' },
  ],
  hashtag: '#DiginEdistäjät',
  // The seed's network was the Ministry of Finance's; the demo names it as host, with no logo.
  hostName: { fi: 'Valtiovarainministeriö', sv: 'Finansministeriet', en: 'Ministry of Finance' },
  timeZone: 'Europe/Helsinki',
  status: 'active',
};

type DemoPerson = { email: string; profile: ProfileInput };

const person = (
  email: string,
  displayName: string,
  organisation: ProfileInput['organisation'],
  targetRole: ProfileInput['targetRole'],
  preferredLanguage: ProfileInput['preferredLanguage'] = 'fi',
): DemoPerson => ({ email, profile: { displayName, organisation, targetRole, preferredLanguage } });

/** The first person organises the demo network; the rest follow it. All addresses are example.org. */
export const DEMO_PEOPLE: DemoPerson[] = [
  person(
    'organiser@demo.example.org',
    'Aino Järjestäjä',
    { name: 'Valtiovarainministeriö', type: 'ministry' },
    'change-director',
  ),
  person(
    'kunta@demo.example.org',
    'Mikko Kehittäjä',
    { name: 'Tampereen kaupunki', type: 'municipality' },
    'service-developer',
  ),
  person(
    'virasto@demo.example.org',
    'Sara Suunnittelija',
    { name: 'Digi- ja väestötietovirasto', type: 'government-agency' },
    'service-developer',
    'sv',
  ),
  person(
    'hyvinvointialue@demo.example.org',
    'Jussi Prosessi',
    { name: 'Pirkanmaan hyvinvointialue', type: 'wellbeing-services-county' },
    'process-developer',
  ),
  person(
    'tieto@demo.example.org',
    'Emma Tietohallinto',
    { name: 'Oulun kaupunki', type: 'municipality' },
    'information-management',
    'en',
  ),
  person(
    'muutos@demo.example.org',
    'Pekka Muutosagentti',
    { name: 'Verohallinto', type: 'government-agency' },
    'change-agent',
  ),
];
