// Synthetic texts of the demo's feedback: what respondents wrote and the season survey's own
// questions. Every address and number is made up; a few are there for moderation to mask.
import type { LocalizedText } from '#shared/common.ts';

/** Answers to "what should we change?": mostly Finnish, some Swedish and English. */
export const CHANGE_TEXTS: readonly string[] = [
  'Lisää aikaa keskustelulle',
  'Tallenne heti saataville',
  'Alustukset voisivat olla lyhyempiä, keskustelu on parasta antia.',
  'Pienryhmäkeskusteluja, niin useampi pääsee ääneen.',
  'Diat etukäteen jakoon, niin ehtii valmistautua.',
  'Enemmän esimerkkejä pienistä kunnista.',
  'Kellonaika on hyvä, älkää muuttako.',
  'Chatin kysymyksiin ei aina ehditty vastata. Vastaukset voisi koota muistioon.',
  'Hyvinvointialueiden näkökulmaa kaipaisin enemmän.',
  'Toivoisin teemaa tekoälystä ja sen hankinnasta.',
  'Puolitoista tuntia on vähän pitkä perjantaiaamuna.',
  'Muistio ja linkit samaan paikkaan, nyt niitä piti etsiä.',
  'Kutsu kalenteriin heti, kun päivä on tiedossa.',
  'Voisiko välillä tavata paikan päällä?',
  'Esittäjien yhteystiedot jakoon, niin voi jatkaa keskustelua.',
  'Saavutettavuus kuntoon: tekstitys tallenteisiin.',
  'Ei muutettavaa, hyvä näin!',
  'Enemmän aikaa kysymyksille alustuksen jälkeen.',
  'Ministeriön edustaja mukaan kommentoimaan.',
  'Käytännön työkaluja, ei pelkkiä strategioita.',
  'Selkeämpi alku: kuka puhuu ja mitä tänään tehdään.',
  'Äänenlaatu vaihteli, osa puhujista kuului huonosti.',
  'Lähettäkää diat minulle: maija.virtanen@kunta.example.fi',
  'Voin kertoa meidän kokeilusta seuraavalla kerralla, soita 040 123 4567.',
  'Ottakaa yhteyttä, jos haluatte esittelijän Oulusta: pekka.k@esimerkki.example.org',
  'Jakakaa osallistujalista, jotta voi verkostoitua (tietosuoja huomioiden).',
  'Teemoja voisi äänestää etukäteen.',
  'Lyhyt yhteenveto sähköpostilla tapaamisen jälkeen.',
  'Mer tid för diskussion, gärna i mindre grupper.',
  'Material på svenska skulle vara bra.',
  'Inspelningen borde finnas tillgänglig samma dag.',
  'Bra möte, men presentationerna var lite för långa.',
  'Ring mig gärna om samarbete: 050 765 4321',
  'More time for questions from the chat, please.',
  'Share the slides before the meeting.',
  'English subtitles in the recordings would help.',
  'Great session, maybe invite speakers from other Nordic countries.',
  'Enemmän onnistumisia ja epäonnistumisia, ei vain onnistumistarinoita.',
  'Chatissa oli hyviä linkkejä, ne kannattaisi tallentaa.',
  'Hyvä tapaaminen, toivoisin jatkoa samasta aiheesta.',
];

const row = (id: string, fi: string, sv: string, en: string) => ({ id, text: { fi, sv, en } });

/** The season survey's own questions, after the two core items it shares with the meetings. */
export const SEASON_QUESTIONS = [
  {
    id: 'operating-model',
    type: 'likert-matrix' as const,
    text: {
      fi: 'Mitä mieltä olet verkoston toimintatavasta?',
      sv: 'Vad tycker du om nätverkets arbetssätt?',
      en: 'What do you think of how the network works?',
    },
    rows: [
      row(
        'rhythm',
        'Kuukausittainen rytmi sopii minulle.',
        'Månadsrytmen passar mig.',
        'The monthly rhythm suits me.',
      ),
      row(
        'length',
        'Puolitoista tuntia on sopiva kesto.',
        'En och en halv timme är lagom.',
        'An hour and a half is about right.',
      ),
      row(
        'themes',
        'Teemat vastaavat työni tarpeita.',
        'Teman motsvarar mitt arbetes behov.',
        'The themes meet the needs of my work.',
      ),
      row(
        'chat',
        'Chat ja kysymykset toimivat hyvin.',
        'Chatten och frågorna fungerar bra.',
        'The chat and questions work well.',
      ),
      row(
        'materials',
        'Materiaalit löytyvät helposti.',
        'Materialet är lätt att hitta.',
        'The materials are easy to find.',
      ),
    ],
  },
  {
    id: 'topics',
    type: 'multiple' as const,
    maxChoices: 3,
    text: {
      fi: 'Mistä aiheista haluaisit tapaamisia syksyllä? (enintään kolme)',
      sv: 'Vilka ämnen vill du ha träffar om i höst? (högst tre)',
      en: 'Which topics would you like meetings on in the autumn? (up to three)',
    },
    options: [
      row('ai', 'Tekoäly julkisissa palveluissa', 'AI i offentliga tjänster', 'AI in public services'),
      row(
        'legislation',
        'Lainsäädäntö ja tiedonhallinta',
        'Lagstiftning och informationshantering',
        'Legislation and information management',
      ),
      row('accessibility', 'Saavutettavuus', 'Tillgänglighet', 'Accessibility'),
      row('data', 'Tiedolla johtaminen', 'Kunskapsbaserad ledning', 'Data-driven management'),
      row('procurement', 'Hankinnat', 'Upphandling', 'Procurement'),
      row(
        'services',
        'Asiakaslähtöiset digipalvelut',
        'Kundorienterade digitala tjänster',
        'Customer-centred digital services',
      ),
      row('change', 'Muutoksen johtaminen', 'Förändringsledning', 'Leading change'),
    ],
  },
  {
    id: 'format',
    type: 'single' as const,
    text: {
      fi: 'Miten haluaisit osallistua jatkossa?',
      sv: 'Hur vill du delta i fortsättningen?',
      en: 'How would you like to take part from now on?',
    },
    options: [
      row('online', 'Verkossa, kuten nyt', 'På nätet, som nu', 'Online, as now'),
      row(
        'hybrid',
        'Välillä paikan päällä, aina myös verkossa',
        'Ibland på plats, alltid också på nätet',
        'Sometimes in person, always online too',
      ),
      row('in-person', 'Mieluiten paikan päällä', 'Helst på plats', 'In person, preferably'),
    ],
  },
];

export const SEASON_SURVEY: {
  title: LocalizedText;
  intro: LocalizedText;
  opensOn: string;
  closesOn: string;
} = {
  title: { fi: 'Kevät 2023 -kysely', sv: 'Vårenkäten 2023', en: 'Spring 2023 survey' },
  intro: {
    fi: 'Kerro, miten verkosto on palvellut sinua tänä keväänä ja mitä toivot syksyltä. Vastaaminen vie viisi minuuttia.',
    sv: 'Berätta hur nätverket har betjänat dig i vår och vad du önskar av hösten. Det tar fem minuter att svara.',
    en: 'Tell us how the network has served you this spring and what you would like in the autumn. It takes five minutes.',
  },
  opensOn: '2023-03-01',
  closesOn: '2023-03-31',
};
