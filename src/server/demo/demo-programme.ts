// Synthetic demo data (people, figures and notes are made up), modelled on the seed text in shared/seed/.
import type { LocalizedText } from '#shared/common.ts';
import type { Speaker } from '#shared/events.ts';

export type DemoMeeting = {
  /** 'YYYY-MM-DD': the first Friday of the month. */
  date: string;
  /** The theme title, also the programme entry. */
  theme: LocalizedText;
  themeDescription: LocalizedText;
  title: LocalizedText;
  /** Markdown: a paragraph, a short list of questions for discussion and a closing line. */
  introduction: LocalizedText;
  speakers: Speaker[];
  recordingUrl: string | null;
  /** Markdown notes written after the meeting. */
  notes: LocalizedText;
  /** Synthetic head count. */
  attendance: number;
};

export const DEMO_MEETINGS: DemoMeeting[] = [
  {
    date: '2021-11-05',
    theme: {
      fi: 'Digitalisaation edistämisen ohjelma ja verkoston käynnistys',
      sv: 'Programmet för främjande av digitaliseringen och nätverkets start',
      en: 'The Programme for Promoting Digitalisation and the launch of the network',
    },
    themeDescription: {
      fi: 'Mitä digitalisaation edistämisen ohjelma tavoittelee, ja miten digin edistäjien verkosto voi tukea julkisen hallinnon kehittäjiä? Ensimmäisessä tapaamisessa sovitaan myös verkoston toimintatavoista.',
      sv: 'Vad strävar programmet för främjande av digitaliseringen efter, och hur kan nätverket för främjare av digitalisering stödja utvecklarna inom den offentliga förvaltningen? Vid den första träffen kommer vi också överens om hur nätverket ska arbeta.',
      en: 'What is the Programme for Promoting Digitalisation aiming for, and how can the network for promoters of digitalisation support developers in public administration? At the first meeting we will also agree on how the network will work.',
    },
    title: {
      fi: 'Tervetuloa digin edistäjien verkostoon!',
      sv: 'Välkommen till nätverket för främjare av digitalisering!',
      en: 'Welcome to the network for promoters of digitalisation!',
    },
    introduction: {
      fi: `Digitalisaation edistämisen ohjelman tavoitteena on, että julkiset palvelut ovat kansalaisten ja yritysten saatavilla digitaalisesti vuoteen 2023 mennessä. Tavoite ei toteudu yksittäisissä hankkeissa vaan kunnissa, virastoissa ja ministeriöissä työskentelevien kehittäjien yhteistyönä. Digin edistäjien verkosto on epävirallinen keskustelukanava, joka kokoontuu verkossa kuukauden ensimmäisenä perjantaina. Teemat on sovittu etukäteen, ja jokaiseen tapaamiseen valmistellaan lyhyt alustus. Ilmoittautumista ei tarvita.

- Mitkä digitalisaation haasteet ovat omassa organisaatiossasi juuri nyt suurimpia?
- Millaista vertaistukea ja tietoa toivot verkostolta?
- Mistä teemoista haluaisit kuulla muiden kokemuksia?

Tuo mukanasi kysymyksesi – ja kutsu kollegasikin mukaan.`,
    },
    speakers: [{ name: 'Aino Järjestäjä', organisation: 'Valtiovarainministeriö' }],
    recordingUrl: 'https://example.org/tallenteet/2021-11-05',
    notes: {
      fi: 'Ensimmäiseen tapaamiseen osallistui kehittäjiä kunnista, virastoista ja valtiovarainministeriöstä. Keskustelussa korostuivat resurssipula ja se, että kansallisten hankkeiden kokonaiskuvaa on vaikea hahmottaa omasta työstä käsin. Chatissa toivottiin erityisesti **lainsäädäntöä** ja **digipalveluja** käsitteleviä tapaamisia, ja keskustelua sovittiin jatkettavan somessa tunnisteella #DiginEdistäjät.',
    },
    attendance: 35,
  },
  {
    date: '2021-12-03',
    theme: {
      fi: 'Tiedonhallintalaki käytännössä',
      sv: 'Informationshanteringslagen i praktiken',
      en: 'The Information Management Act in practice',
    },
    themeDescription: {
      fi: 'Laki julkisen hallinnon tiedonhallinnasta velvoittaa viranomaiset kuvaamaan tiedonhallintansa ja luovuttamaan tietoja sähköisesti. Miten velvoitteet näkyvät digipalvelujen kehittämisessä?',
      sv: 'Lagen om informationshantering inom den offentliga förvaltningen förpliktar myndigheterna att beskriva sin informationshantering och att lämna ut uppgifter elektroniskt. Hur syns skyldigheterna i utvecklingen av digitala tjänster?',
      en: 'The Act on Information Management in Public Administration requires authorities to describe their information management and to disclose information electronically. How do these obligations show in the development of digital services?',
    },
    title: {
      fi: 'Tiedonhallintalaki kehittäjän arjessa',
      sv: 'Informationshanteringslagen i utvecklarens vardag',
      en: 'The Information Management Act in a developer’s everyday work',
    },
    introduction: {
      fi: `Tiedonhallintalaki tuli voimaan vuoden 2020 alussa, mutta sen vaikutukset näkyvät kehittämistyössä vasta nyt täydellä painolla. Laki edellyttää muun muassa tiedonhallintamallin ylläpitoa, muutosvaikutusten arviointia ennen tietojärjestelmien ja palvelujen muutoksia sekä säännöllisesti luovutettavien tietojen luovuttamista teknisten rajapintojen avulla. Alustuksessa käydään läpi, mitä velvoitteet tarkoittavat käytännössä ja miten ne kannattaa ottaa huomioon jo hankkeen suunnitteluvaiheessa.

- Onko organisaatiollanne ajantasainen tiedonhallintamalli, ja kuka sitä ylläpitää?
- Miten muutosvaikutusten arviointi on liitetty hankkeiden vaiheisiin?
- Missä tietojen luovuttamisessa rajapintojen kautta on eniten haasteita?

Tule kuulemaan, miten muut ovat ratkaisseet samat kysymykset.`,
    },
    speakers: [
      { name: 'Liisa Lainvalmistelija', organisation: 'Valtiovarainministeriö' },
      { name: 'Emma Tietohallinto', organisation: 'Oulun kaupunki' },
    ],
    recordingUrl: 'https://example.org/tallenteet/2021-12-03',
    notes: {
      fi: 'Alustuksen jälkeen keskusteltiin erityisesti rajapintavelvoitteesta ja siitä, miten vanhojen järjestelmien toimittajat saadaan mukaan muutokseen. **Hyvä käytäntö:** muutosvaikutusten arviointi on liitetty hankesalkun päätöspisteisiin, jolloin sitä ei voi ohittaa. **Haaste:** pienissä kunnissa tiedonhallintamallin ylläpito jää usein yhden henkilön varaan.',
    },
    attendance: 48,
  },
  {
    date: '2022-01-07',
    theme: {
      fi: 'Elämäntapahtumiin perustuvat palvelut ja AuroraAI',
      sv: 'Tjänster som bygger på livshändelser och AuroraAI',
      en: 'Services based on life events and AuroraAI',
    },
    themeDescription: {
      fi: 'Elämäntapahtumalähtöisessä kehittämisessä palveluja tarkastellaan ihmisen tilanteesta eikä organisaatiorajoista käsin. AuroraAI-ohjelma on kokeillut, miten palveluja voidaan koota ja suositella eri elämäntilanteisiin.',
      sv: 'I utveckling som utgår från livshändelser ses tjänsterna ur människans situation och inte utifrån organisationsgränserna. AuroraAI-programmet har prövat hur tjänster kan sammanställas och rekommenderas för olika livssituationer.',
      en: 'Life-event-based development looks at services from the person’s situation rather than from organisational boundaries. The AuroraAI programme has tested how services can be brought together and recommended for different life situations.',
    },
    title: {
      fi: 'Palvelut ihmisen elämäntapahtumien ympärille',
      sv: 'Tjänster kring människans livshändelser',
      en: 'Services built around people’s life events',
    },
    introduction: {
      fi: `Kun ihminen muuttaa, saa lapsen tai jää työttömäksi, hän asioi usein monen viranomaisen kanssa samaan aikaan. Elämäntapahtumiin perustuvassa kehittämisessä palvelut suunnitellaan yhdeksi kokonaisuudeksi ihmisen tilanteen näkökulmasta. Kansallinen tekoälyohjelma AuroraAI on kehittänyt toimintamalleja ja teknisiä ratkaisuja, joiden avulla eri toimijoiden palveluja voidaan yhdistää ja suositella oikeaan aikaan. Alustuksessa kuullaan ohjelman kokemuksia ja pohditaan, miten elämäntapahtumat näkyvät kuntien ja virastojen omassa kehittämisessä.

- Mitkä elämäntapahtumat ovat omassa palvelukentässäsi tärkeimpiä?
- Miten palvelujen yhteiskehittäminen yli organisaatiorajojen on onnistunut?
- Mitä ihmisestä kerättyjä tietoja palvelujen suosittelussa saa hyödyntää?

Keskustellaan yhdessä, miten palvelupolut saadaan toimimaan saumattomasti.`,
    },
    speakers: [
      { name: 'Eero Asiakaspolku', organisation: 'Valtiovarainministeriö' },
      { name: 'Mikko Kehittäjä', organisation: 'Tampereen kaupunki' },
    ],
    recordingUrl: 'https://example.org/tallenteet/2022-01-07',
    notes: {
      fi: 'Keskustelussa pohdittiin, miten elämäntapahtumat saadaan mukaan organisaatioiden omaan palvelukehitykseen ja budjetointiin. **Hyvä käytäntö:** alustajan esimerkissä lapsiperheen palvelupolkua kehitettiin yhdessä kunnan, Kelan ja sote-valmistelun kanssa. **Haaste:** henkilötietojen käytölle palvelujen suosittelussa tarvitaan selkeä oikeusperuste.',
    },
    attendance: 44,
  },
  {
    date: '2022-02-04',
    theme: {
      fi: 'Digipalvelulaki ja saavutettavuusvaatimukset',
      sv: 'Digitjänstlagen och tillgänglighetskraven',
      en: 'The Act on the Provision of Digital Services and accessibility requirements',
    },
    themeDescription: {
      fi: 'Laki digitaalisten palvelujen tarjoamisesta panee täytäntöön EU:n saavutettavuusdirektiivin. Mitä laki edellyttää verkkosivustoilta, mobiilisovelluksilta ja sähköisiltä asiointipalveluilta?',
      sv: 'Lagen om tillhandahållande av digitala tjänster genomför EU:s webbtillgänglighetsdirektiv. Vad kräver lagen av webbplatser, mobilapplikationer och e-tjänster?',
      en: 'The Act on the Provision of Digital Services implements the EU Web Accessibility Directive. What does the Act require of websites, mobile applications and online services?',
    },
    title: {
      fi: 'Digipalvelulaki: saavutettavat palvelut kaikille',
      sv: 'Digitjänstlagen: tillgängliga tjänster för alla',
      en: 'The Act on the Provision of Digital Services: accessible services for all',
    },
    introduction: {
      fi: `Laki digitaalisten palvelujen tarjoamisesta eli digipalvelulaki velvoittaa viranomaiset tarjoamaan saavutettavia digitaalisia palveluja. Vaatimukset koskevat nyt kaikkia julkisen sektorin verkkosivustoja ja mobiilisovelluksia, ja jokaiselle palvelulle on laadittava saavutettavuusseloste, josta löytyy myös palautekanava. Alustuksessa kerrataan lain keskeiset velvoitteet ja kuullaan, millaisia havaintoja saavutettavuusvalvonnassa on tehty. Moni organisaatio on huomannut, että saavutettavuuden korjaaminen jälkikäteen on paljon kalliimpaa kuin sen huomioiminen alusta alkaen. Lisäksi kuullaan, miten suuri virasto on rakentanut saavutettavuuden osaksi kehitystyötään.

- Miten saavutettavuus varmistetaan hankinnoissa ja toimittajien kanssa?
- Kuka organisaatiossanne päivittää saavutettavuusselosteet?
- Miten käyttäjät, myös avustavan teknologian käyttäjät, otetaan mukaan testaamiseen?

Tervetuloa jakamaan omia kokemuksia – myös keskeneräisiä.`,
    },
    speakers: [
      { name: 'Hanna Esteetön', organisation: 'Etelä-Suomen aluehallintovirasto' },
      { name: 'Ville Verkkopalvelu', organisation: 'Kela' },
    ],
    recordingUrl: 'https://example.org/tallenteet/2022-02-04',
    notes: {
      fi: 'Chatissa kysyttiin erityisesti PDF-tiedostojen ja vanhojen asiointilomakkeiden saavutettavuudesta. **Hyvä käytäntö:** saavutettavuusvaatimukset kirjataan hankinnan liitteeksi ja testataan ennen palvelun vastaanottoa. **Haaste:** saavutettavuusosaaminen on monessa organisaatiossa yhden asiantuntijan varassa.',
    },
    attendance: 68,
  },
  {
    date: '2022-03-04',
    theme: {
      fi: 'Digikompassi ja digitaalinen vuosikymmen',
      sv: 'Digikompassen och det digitala decenniet',
      en: 'The Digital Compass and the Digital Decade',
    },
    themeDescription: {
      fi: 'EU:n digitaalisen vuosikymmenen tavoitteet ohjaavat myös kansallista kehittämistä. Suomen digitaalinen kompassi eli digikompassi kokoaa tavoitteet ja mittarit vuoteen 2030.',
      sv: 'Målen för EU:s digitala decennium styr också den nationella utvecklingen. Finlands digitala kompass, digikompassen, samlar målen och mätarna fram till 2030.',
      en: 'The targets of the EU’s Digital Decade also guide national development. Finland’s Digital Compass brings together the targets and indicators up to 2030.',
    },
    title: {
      fi: 'Digikompassi – mihin suuntaan digitalisaatio etenee vuoteen 2030?',
      sv: 'Digikompassen – vart är digitaliseringen på väg fram till 2030?',
      en: 'The Digital Compass – where is digitalisation heading by 2030?',
    },
    introduction: {
      fi: `Euroopan komissio julkaisi vuonna 2021 digitaalisen kompassin, joka asettaa EU:lle digitaalisen vuosikymmenen tavoitteet vuoteen 2030: digitaidot, turvalliset ja kestävät infrastruktuurit, yritysten digitalisaatio sekä julkisten palvelujen digitalisaatio. Suomessa valmistellaan omaa digitaalista kompassia, joka kokoaa kansallisen digitalisaation tavoitteet ja niiden mittarit. Alustuksessa kerrotaan valmistelun tilanteesta ja siitä, miten kompassin tavoitteet liittyvät kuntien ja virastojen arkeen. Kansallinen kompassi auttaa myös priorisoimaan kehittämistä, kun resurssit ovat rajalliset.

- Miten kansalliset tavoitteet näkyvät oman organisaatiosi strategiassa?
- Millaisilla mittareilla digitalisaation etenemistä kannattaa seurata?
- Mitä kunnat ja virastot odottavat kompassilta?

Valmistelu on kesken, joten nyt on hyvä hetki vaikuttaa.`,
    },
    speakers: [{ name: 'Kalle Kompassi', organisation: 'Valtiovarainministeriö' }],
    recordingUrl: 'https://example.org/tallenteet/2022-03-04',
    notes: {
      fi: 'Osallistujat pitivät tärkeänä, että kansalliset tavoitteet käännetään konkreettisiksi toimenpiteiksi kunnille ja virastoille. **Haaste:** mittareiden pitäisi perustua jo kerättävään tietoon, jotta ne eivät lisää raportointitaakkaa. Keskustelun palaute välitettiin kompassin valmistelijoille.',
    },
    attendance: 58,
  },
  {
    date: '2022-04-01',
    theme: {
      fi: 'Suomi.fi-palvelut osana omaa digipalvelua',
      sv: 'Suomi.fi-tjänsterna som en del av den egna digitala tjänsten',
      en: 'Suomi.fi services as part of your own digital service',
    },
    themeDescription: {
      fi: 'Suomi.fi-tunnistus, -valtuudet, -viestit ja palvelutietovaranto ovat julkisen hallinnon yhteisiä palveluja. Miten ne otetaan käyttöön, ja mitä niistä on opittu?',
      sv: 'Suomi.fi-identifikation, Suomi.fi-fullmakter, Suomi.fi-meddelanden och informationslagret för tjänster är gemensamma tjänster för den offentliga förvaltningen. Hur tar man i bruk dem, och vad har man lärt sig av dem?',
      en: 'Suomi.fi e-Identification, Suomi.fi e-Authorizations, Suomi.fi Messages and the Finnish Service Catalogue are shared services of public administration. How are they adopted, and what has been learned from them?',
    },
    title: {
      fi: 'Suomi.fi-palvelut: yhteiset rakennuspalikat digipalveluihin',
      sv: 'Suomi.fi-tjänsterna: gemensamma byggstenar för digitala tjänster',
      en: 'Suomi.fi services: shared building blocks for digital services',
    },
    introduction: {
      fi: `Digi- ja väestötietoviraston ylläpitämät Suomi.fi-palvelut tarjoavat valmiit ratkaisut vahvaan tunnistautumiseen, puolesta asiointiin, sähköiseen viestintään ja palvelutietojen julkaisemiseen. Yhteisten palvelujen käyttö säästää kehittämistyötä ja tekee asioinnista käyttäjille tutumpaa. Silti käyttöönotto herättää usein kysymyksiä: miten valtuudet rakennetaan, milloin asiakkaalle kannattaa viestiä Suomi.fi-viestien kautta ja miten palvelukuvaukset pidetään ajan tasalla palvelutietovarannossa. Alustuksessa kerrotaan palvelujen ajankohtaisista kehitysnäkymistä ja kuullaan käyttäjäorganisaation kokemuksia käyttöönotoista.

- Mitä Suomi.fi-palveluja organisaatiossasi on käytössä ja mitä vielä puuttuu?
- Missä käyttöönotossa on ollut eniten työtä?
- Miten palvelukuvausten ylläpito on järjestetty?

Alustuksen jälkeen asiantuntijat vastaavat kysymyksiin.`,
    },
    speakers: [
      { name: 'Sara Suunnittelija', organisation: 'Digi- ja väestötietovirasto' },
      { name: 'Ville Verkkopalvelu', organisation: 'Kela' },
    ],
    recordingUrl: 'https://example.org/tallenteet/2022-04-01',
    notes: {
      fi: 'Eniten kysymyksiä herättivät Suomi.fi-valtuudet ja alaikäisen puolesta asiointi. **Hyvä käytäntö:** palvelukuvausten päivitys on liitetty palvelun omistajan vuosikelloon. **Haaste:** Suomi.fi-viestien käyttöönotto vaatii muutoksia myös taustajärjestelmiin ja asiakirjapohjiin.',
    },
    attendance: 72,
  },
  {
    date: '2022-05-06',
    theme: {
      fi: 'Tietoturva ja varautuminen muuttuneessa turvallisuustilanteessa',
      sv: 'Informationssäkerhet och beredskap i det förändrade säkerhetsläget',
      en: 'Information security and preparedness in the changed security situation',
    },
    themeDescription: {
      fi: 'Kevään 2022 turvallisuustilanne on nostanut digitaalisen turvallisuuden ja varautumisen jokaisen julkisen organisaation asialistalle. Tapaamisessa käsitellään kyberuhkia, Julkri-kriteeristöä ja palvelujen toimintavarmuutta.',
      sv: 'Säkerhetsläget våren 2022 har fört upp digital säkerhet och beredskap på dagordningen i varje offentlig organisation. Vid träffen behandlas cyberhot, Julkri-kriterierna och tjänsternas driftsäkerhet.',
      en: 'The security situation in spring 2022 has put digital security and preparedness on the agenda of every public organisation. The meeting covers cyber threats, the Julkri criteria and the reliability of services.',
    },
    title: {
      fi: 'Digitaalinen turvallisuus ja varautuminen – mitä jokaisen kehittäjän on hyvä tietää',
      sv: 'Digital säkerhet och beredskap – vad varje utvecklare bör känna till',
      en: 'Digital security and preparedness – what every developer should know',
    },
    introduction: {
      fi: `Turvallisuustilanteen muutos keväällä 2022 on lisännyt palvelunestohyökkäyksiä ja huijausyrityksiä myös julkista hallintoa kohtaan. Digitaalinen turvallisuus ei ole vain tietohallinnon tehtävä, vaan se on otettava huomioon jokaisessa digipalvelussa alusta alkaen. Alustuksessa käsitellään ajankohtaista kyberuhkatilannetta, julkisen hallinnon tietoturvallisuuden arviointikriteeristöä Julkria sekä sitä, miten palvelujen jatkuvuus varmistetaan häiriötilanteissa. Lisäksi kuullaan, miten häiriöistä ilmoitetaan ja mistä saa apua, kun jotain sattuu.

- Miten tietoturva ja tietosuoja huomioidaan palvelun suunnittelun alusta alkaen?
- Onko organisaatiossanne harjoiteltu toimintaa kyberhäiriön aikana?
- Miten toimittajien tietoturvaa arvioidaan ja valvotaan?

Turvallisuus on yhteinen asia – tule mukaan keskustelemaan.`,
    },
    speakers: [{ name: 'Kaisa Kyberturva', organisation: 'Traficomin Kyberturvallisuuskeskus' }],
    recordingUrl: 'https://example.org/tallenteet/2022-05-06',
    notes: {
      fi: 'Tapaamisessa käytiin läpi ajankohtaisia uhkia ja häiriöistä ilmoittamisen käytäntöjä. **Hyvä käytäntö:** säännöllinen pöytäharjoitus, johon osallistuvat tietohallinnon lisäksi palvelujen omistajat ja viestintä. **Haaste:** tietoturvaosaajien saatavuus erityisesti pienissä kunnissa.',
    },
    attendance: 66,
  },
  {
    date: '2022-06-03',
    theme: {
      fi: 'Automaattinen päätöksenteko ja hallinnon yleislainsäädäntö',
      sv: 'Automatiserat beslutsfattande och den allmänna förvaltningslagstiftningen',
      en: 'Automated decision-making and general administrative legislation',
    },
    themeDescription: {
      fi: 'Valmisteilla oleva sääntely luo yleiset puitteet automaattiselle päätöksenteolle julkisessa hallinnossa. Mitä muutos tarkoittaa digipalvelujen kehittäjille?',
      sv: 'Regleringen som nu bereds skapar allmänna ramar för automatiserat beslutsfattande inom den offentliga förvaltningen. Vad innebär ändringen för dem som utvecklar digitala tjänster?',
      en: 'Regulation now being drafted will set a general framework for automated decision-making in public administration. What does the change mean for developers of digital services?',
    },
    title: {
      fi: 'Automaattinen päätöksenteko: lainsäädäntö ja käytäntö',
      sv: 'Automatiserat beslutsfattande: lagstiftning och praxis',
      en: 'Automated decision-making: legislation and practice',
    },
    introduction: {
      fi: `Automaattinen päätöksenteko voi nopeuttaa asioiden käsittelyä ja vapauttaa asiantuntijoiden aikaa vaativampiin tehtäviin, mutta sen on täytettävä hyvän hallinnon ja oikeusturvan vaatimukset. Eduskunnan perustuslakivaliokunta on edellyttänyt, että automaattiselle päätöksenteolle säädetään yleiset puitteet, ja sääntelyä valmistellaan parhaillaan. Alustuksessa kerrotaan valmistelun keskeiset linjaukset, kuten vastuut, läpinäkyvyys ja ratkaisujen lainmukaisuuden varmistaminen. Lisäksi kuullaan, miten automaatiota laajasti käyttävä virasto on varmistanut päätösten oikeellisuuden ja asiakkaan oikeusturvan.

- Missä asiaryhmissä automaattinen päätöksenteko sopisi omaan toimintaasi?
- Miten asiakkaalle kerrotaan, että päätös on tehty automaattisesti?
- Kuka vastaa päätössäännöistä ja niiden ajantasaisuudesta, kun lainsäädäntö muuttuu?

Teema koskettaa sekä juristeja että kehittäjiä – tervetuloa molemmat.`,
    },
    speakers: [
      { name: 'Liisa Lainvalmistelija', organisation: 'Valtiovarainministeriö' },
      { name: 'Pekka Muutosagentti', organisation: 'Verohallinto' },
    ],
    recordingUrl: 'https://example.org/tallenteet/2022-06-03',
    notes: {
      fi: 'Osallistujat pitivät tärkeänä, että sääntely koskee yhtenäisesti sekä valtiota että kuntia. **Hyvä käytäntö:** päätössäännöt dokumentoidaan ja testataan juristien ja kehittäjien yhteistyönä. **Haaste:** vanhojen järjestelmien päätössääntöjen selvittäminen jälkikäteen on työlästä.',
    },
    attendance: 76,
  },
  {
    date: '2022-07-01',
    theme: {
      fi: 'Asiakaskokemus ja palvelumuotoilu digipalveluissa',
      sv: 'Kundupplevelse och tjänstedesign i digitala tjänster',
      en: 'Customer experience and service design in digital services',
    },
    themeDescription: {
      fi: 'Hyvä digipalvelu syntyy käyttäjien tarpeista. Tapaamisessa käsitellään asiakaskokemuksen mittaamista ja palvelumuotoilun menetelmiä julkisessa hallinnossa.',
      sv: 'En bra digital tjänst utgår från användarnas behov. Vid träffen behandlas mätning av kundupplevelsen och metoder för tjänstedesign inom den offentliga förvaltningen.',
      en: 'A good digital service starts from its users’ needs. The meeting covers measuring customer experience and service design methods in public administration.',
    },
    title: {
      fi: 'Kesäinen kehittäjäkahvi: asiakaskokemus digipalveluissa',
      sv: 'Sommarkaffe för utvecklare: kundupplevelsen i digitala tjänster',
      en: 'Summer coffee for developers: customer experience in digital services',
    },
    introduction: {
      fi: `Digipalvelun onnistumista ei ratkaise pelkkä käyttöönotto vaan se, kokevatko asiakkaat palvelun helpoksi ja luotettavaksi. Palvelumuotoilun menetelmillä käyttäjät saadaan mukaan jo suunnitteluun, ja asiakaskokemuksen jatkuva mittaaminen auttaa kohdentamaan kehittämistä. Kesän tapaaminen on tavallista kevyempi: alustuksessa kuullaan kahden organisaation kokemuksia asiakaspalautteen keräämisestä ja hyödyntämisestä. Palvelumuotoilu ei vaadi suurta budjettia: jo muutama käyttäjähaastattelu voi muuttaa kehittämisen suuntaa.

- Miten asiakaskokemusta mitataan omissa digipalveluissanne?
- Mihin palautetta on käytetty, ja miten käyttäjille kerrotaan tehdyistä muutoksista?
- Miten palvelumuotoilu saadaan osaksi jokaista hanketta eikä vain erillisiä kokeiluja?

Ota kahvikuppi mukaan ja liity kesäiseen keskusteluun.`,
    },
    speakers: [
      { name: 'Minna Palvelumuotoilija', organisation: 'Helsingin kaupunki' },
      { name: 'Ville Verkkopalvelu', organisation: 'Kela' },
    ],
    recordingUrl: 'https://example.org/tallenteet/2022-07-01',
    notes: {
      fi: 'Kesätapaamiseen osallistui tavallista pienempi mutta aktiivinen joukko. **Hyvä käytäntö:** lyhyt palautekysely asioinnin lopussa ja palautteen kuukausittainen läpikäynti kehitystiimissä. **Haaste:** asiakaskokemusta mitataan yleensä vain yhden organisaation palvelusta, vaikka asiakkaan polku kulkee monen toimijan kautta.',
    },
    attendance: 40,
  },
  {
    date: '2022-08-05',
    theme: {
      fi: 'Digituki ja digitaalinen osallisuus',
      sv: 'Digistöd och digital delaktighet',
      en: 'Digital support and digital inclusion',
    },
    themeDescription: {
      fi: 'Kaikki eivät pysty käyttämään digipalveluja ilman apua. Tapaamisessa käsitellään digituen alueellista järjestämistä ja kuntien, järjestöjen ja viranomaisten yhteistyötä.',
      sv: 'Alla kan inte använda digitala tjänster utan hjälp. Vid träffen behandlas hur digistödet ordnas regionalt och samarbetet mellan kommuner, organisationer och myndigheter.',
      en: 'Not everyone can use digital services without help. The meeting covers how digital support is organised regionally and cooperation between municipalities, NGOs and authorities.',
    },
    title: {
      fi: 'Kukaan ei jää yksin: digituki osana palveluja',
      sv: 'Ingen lämnas ensam: digistöd som en del av tjänsterna',
      en: 'No one left alone: digital support as part of services',
    },
    introduction: {
      fi: `Digipalvelujen lisääntyessä on huolehdittava siitä, että palvelut saavat myös ne, joilta digitaidot tai laitteet puuttuvat. Digi- ja väestötietovirasto koordinoi valtakunnallista digitukea, ja alueilla toimii digitukiverkostoja, joissa kunnat, kirjastot, järjestöt ja viranomaiset tekevät yhteistyötä. Alustuksessa kerrotaan, miten digituki on järjestetty eri alueilla ja miten tuen tarve voidaan ennakoida jo palvelua suunniteltaessa. Hyvin suunniteltu palvelu vähentää tuen tarvetta, mutta ei koskaan poista sitä kokonaan.

- Miten digituen tarve huomioidaan uuden digipalvelun suunnittelussa?
- Kuka organisaatiossanne ohjaa asiakkaat digitukeen?
- Miten puolesta asiointia voidaan tukea turvallisesti?

Tule kertomaan, miten digituki toimii teidän alueellanne.`,
    },
    speakers: [
      { name: 'Jari Opastaja', organisation: 'Digi- ja väestötietovirasto' },
      { name: 'Satu Neuvoja', organisation: 'Kuntaliitto' },
    ],
    recordingUrl: 'https://example.org/tallenteet/2022-08-05',
    notes: {
      fi: 'Keskustelussa korostui kirjastojen ja järjestöjen merkitys digituen arjessa. **Hyvä käytäntö:** alueellinen digitukihenkilöiden verkosto jakaa ohjeita ja tapausesimerkkejä yhteisessä kanavassa. **Haaste:** digituen rahoitus on usein hankekohtaista, ja tuen tarve näkyy monesti vasta palvelun julkaisun jälkeen.',
    },
    attendance: 62,
  },
  {
    date: '2022-09-02',
    theme: {
      fi: 'Yhteentoimivuus ja kansallinen arkkitehtuuri',
      sv: 'Interoperabilitet och nationell arkitektur',
      en: 'Interoperability and national architecture',
    },
    themeDescription: {
      fi: 'Yhteiset sanastot, tietomallit ja arkkitehtuuriperiaatteet mahdollistavat tietojen liikkumisen organisaatioiden välillä. Miten ne otetaan käyttöön omassa kehittämisessä?',
      sv: 'Gemensamma terminologier, datamodeller och arkitekturprinciper gör att uppgifter kan röra sig mellan organisationer. Hur tar man i bruk dem i det egna utvecklingsarbetet?',
      en: 'Shared terminologies, data models and architecture principles allow data to flow between organisations. How can they be put to use in your own development work?',
    },
    title: {
      fi: 'Yhteentoimivuus: samat sanat, samat tiedot, toimivat palvelut',
      sv: 'Interoperabilitet: samma ord, samma uppgifter, fungerande tjänster',
      en: 'Interoperability: the same words, the same data, services that work',
    },
    introduction: {
      fi: `Kun organisaatiot käyttävät samoja käsitteitä ja tietomalleja, tietoja voidaan hyödyntää ilman käsityötä ja tulkintaongelmia. Yhteentoimivuusalustalle kootaan julkisen hallinnon sanastoja, koodistoja ja tietomalleja, ja kokonaisarkkitehtuurin menetelmät auttavat näkemään oman hankkeen osana laajempaa kokonaisuutta. Alustuksessa esitellään alustan käyttöä ja kansallisen arkkitehtuurin periaatteita sekä kuullaan kaupungin kokemuksia yhteisten tietomallien hyödyntämisestä. Yhteentoimivuus on myös tiedonhallintalain vaatimus, joten aihe koskee jokaista viranomaista.

- Onko organisaatiollanne yhteinen käsitteistö, ja missä sitä ylläpidetään?
- Miten kansalliset tietomallit ja koodistot on otettu huomioon hankinnoissa?
- Kenen tehtävä arkkitehtuurityö on pienessä organisaatiossa?

Yhteentoimivuus syntyy yhteistyöstä – tervetuloa mukaan.`,
    },
    speakers: [
      { name: 'Sanna Sanasto', organisation: 'Digi- ja väestötietovirasto' },
      { name: 'Emma Tietohallinto', organisation: 'Oulun kaupunki' },
    ],
    recordingUrl: 'https://example.org/tallenteet/2022-09-02',
    notes: {
      fi: 'Keskustelussa todettiin, että yhteentoimivuus ratkeaa usein jo hankintavaiheessa, jos vaatimukset on kirjattu riittävän tarkasti. **Hyvä käytäntö:** käsitemallit laaditaan yhdessä palvelujen asiantuntijoiden kanssa eikä pelkästään tietohallinnossa. **Haaste:** arkkitehtuuriosaamista on niukasti pienissä organisaatioissa.',
    },
    attendance: 70,
  },
  {
    date: '2022-10-07',
    theme: {
      fi: 'Datatalous ja tietojen hyödyntäminen',
      sv: 'Dataekonomi och utnyttjande av data',
      en: 'The data economy and making use of data',
    },
    themeDescription: {
      fi: 'EU:n datastrategia ja uudet datasäädökset muuttavat tapaa, jolla julkisen hallinnon tietoja jaetaan ja hyödynnetään. Mitä datatalous tarkoittaa kunnille ja virastoille?',
      sv: 'EU:s datastrategi och de nya dataakterna förändrar hur den offentliga förvaltningens data delas och utnyttjas. Vad innebär dataekonomin för kommuner och myndigheter?',
      en: 'The EU data strategy and the new data legislation are changing how public administration data is shared and used. What does the data economy mean for municipalities and government agencies?',
    },
    title: {
      fi: 'Datatalous: julkisen hallinnon tiedot hyötykäyttöön',
      sv: 'Dataekonomi: den offentliga förvaltningens data till nytta',
      en: 'The data economy: putting public administration data to use',
    },
    introduction: {
      fi: `Julkisella hallinnolla on hallussaan valtava määrä tietoa, jonka hyödyntäminen voisi parantaa sekä palveluja että päätöksentekoa. EU:n datastrategia, datahallintosäädös ja valmisteilla oleva datasäädös luovat puitteita tietojen jakamiselle, ja avoimen datan direktiivi velvoittaa avaamaan arvokkaat tietoaineistot. Alustuksessa käsitellään datatalouden peruskäsitteitä ja sitä, miten tietoja voidaan jakaa turvallisesti ja hallitusti. Lisäksi kuullaan, miten tietoaineistojen kuvaaminen ja luettelointi auttaa tunnistamaan, mitä tietoja organisaatiolla ylipäätään on.

- Mitkä organisaatiosi tietoaineistot voisivat hyödyttää muita?
- Mikä estää tietojen avaamista tai jakamista: lainsäädäntö, tekniikka vai resurssit?
- Miten tiedon laatu ja omistajuus varmistetaan?

Tule mukaan pohtimaan, miten datasta tehdään yhteinen voimavara.`,
    },
    speakers: [
      { name: 'Timo Tietovaranto', organisation: 'Valtiovarainministeriö' },
      { name: 'Laura Datanen', organisation: 'Tilastokeskus' },
    ],
    recordingUrl: 'https://example.org/tallenteet/2022-10-07',
    notes: {
      fi: 'Osallistujat tunnistivat useita tietoaineistoja, jotka voitaisiin avata jo nyt, kuten palvelupisteiden ja kiinteistöjen tiedot. **Hyvä käytäntö:** tietoaineistoluettelo, jossa jokaiselle aineistolle on nimetty omistaja. **Haaste:** tietojen käyttöoikeuksien selvittäminen vie usein enemmän aikaa kuin tekninen toteutus.',
    },
    attendance: 82,
  },
  {
    date: '2022-11-04',
    theme: {
      fi: 'Digitaalisten palvelujen hankinnat',
      sv: 'Upphandling av digitala tjänster',
      en: 'Procurement of digital services',
    },
    themeDescription: {
      fi: 'Onnistunut digipalvelu alkaa onnistuneesta hankinnasta. Tapaamisessa käsitellään ICT-hankintojen valmistelua, markkinavuoropuhelua ja vaatimusten määrittelyä.',
      sv: 'En lyckad digital tjänst börjar med en lyckad upphandling. Vid träffen behandlas beredningen av ICT-upphandlingar, marknadsdialog och kravspecificering.',
      en: 'A successful digital service starts with a successful procurement. The meeting covers preparing ICT procurements, market dialogue and defining requirements.',
    },
    title: {
      fi: 'Hankinta ratkaisee – digipalvelujen hankinnat ilman sudenkuoppia',
      sv: 'Upphandlingen avgör – upphandling av digitala tjänster utan fallgropar',
      en: 'Procurement makes the difference – buying digital services without the pitfalls',
    },
    introduction: {
      fi: `Suuri osa julkisen hallinnon digipalveluista toteutetaan ostopalveluna, joten hankinnan laatu ratkaisee pitkälti palvelun laadun. Hyvä hankinta edellyttää tarpeen huolellista määrittelyä, avointa markkinavuoropuhelua sekä vaatimuksia, jotka kattavat saavutettavuuden, tietoturvan, yhteentoimivuuden ja rajapinnat. Alustuksessa käydään läpi tyypillisiä sudenkuoppia ja kuullaan, miten innovatiivisia hankintoja on toteutettu kunnissa. Hankinnan valmisteluun kannattaa varata aikaa, sillä korjaukset sopimuskauden aikana tulevat kalliiksi.

- Miten käyttäjien tarpeet saadaan mukaan hankinnan valmisteluun?
- Miten vältetään toimittajaloukku ja varmistetaan tietojen siirrettävyys?
- Millainen yhteistyö hankintayksiköiden välillä on toiminut?

Hankinnat ovat kehittäjien yhteinen asia – jaa omat oppisi.`,
    },
    speakers: [
      { name: 'Olli Hankkija', organisation: 'Kuntaliitto' },
      { name: 'Mikko Kehittäjä', organisation: 'Tampereen kaupunki' },
    ],
    recordingUrl: 'https://example.org/tallenteet/2022-11-04',
    notes: {
      fi: 'Keskustelussa nousivat esiin toimittajariippuvuus ja vanhojen sopimusten rajoitteet tietojen luovuttamisessa. **Hyvä käytäntö:** markkinavuoropuhelu, jossa toimittajat kommentoivat vaatimuksia ennen tarjouspyynnön julkaisua. **Haaste:** hankintaosaaminen ja substanssiosaaminen ovat usein eri yksiköissä.',
    },
    attendance: 92,
  },
  {
    date: '2022-12-02',
    theme: {
      fi: 'Hyvinvointialueiden käynnistyminen ja digitaaliset palvelut',
      sv: 'Välfärdsområdenas start och de digitala tjänsterna',
      en: 'The launch of the wellbeing services counties and digital services',
    },
    themeDescription: {
      fi: 'Vuoden 2023 alussa sosiaali- ja terveyspalvelujen sekä pelastustoimen järjestämisvastuu siirtyy hyvinvointialueille. Miten asiakkaiden digipalvelut ja tietojärjestelmät saadaan toimimaan siirtymässä?',
      sv: 'I början av 2023 överförs organiseringsansvaret för social- och hälsovården och räddningsväsendet till välfärdsområdena. Hur får man kundernas digitala tjänster och informationssystemen att fungera under övergången?',
      en: 'At the start of 2023, responsibility for organising health and social services and rescue services passes to the wellbeing services counties. How can customers’ digital services and information systems be kept working through the transition?',
    },
    title: {
      fi: 'Hyvinvointialueet käynnistyvät – miten digipalvelut siirtyvät?',
      sv: 'Välfärdsområdena inleder sin verksamhet – hur överförs de digitala tjänsterna?',
      en: 'The wellbeing services counties begin – how will digital services move over?',
    },
    introduction: {
      fi: `Hyvinvointialueet aloittavat toimintansa 1.1.2023, ja sote-palvelujen sekä pelastustoimen järjestämisvastuu siirtyy kunnilta ja kuntayhtymiltä 21 hyvinvointialueelle ja Helsingin kaupungille. Muutos on yksi julkisen hallinnon suurimmista tietojärjestelmäsiirroista: käyttäjätunnukset, sopimukset, tietojärjestelmät ja asiakkaiden digipalvelut on siirrettävä ilman katkoksia. Alustuksessa kuullaan hyvinvointialueen valmistelijan kokemuksia loppusuoralta ja pohditaan, mitä kuntien on syytä huomioida yhteistyössä hyvinvointialueiden kanssa. Siirtymä koskettaa myös kuntien omia digipalveluja, sillä monet asiakkaat asioivat jatkossa sekä kunnan että hyvinvointialueen kanssa.

- Mitkä palvelut ja tiedot jäävät kunnan ja hyvinvointialueen yhteiseksi rajapinnaksi?
- Miten asiakkaille viestitään muuttuvista asiointikanavista?
- Mitä siirtymästä kannattaa oppia seuraavia suuria muutoksia varten?

Tervetuloa mukaan – erityisesti kunnista ja hyvinvointialueilta.`,
    },
    speakers: [
      { name: 'Jussi Prosessi', organisation: 'Pirkanmaan hyvinvointialue' },
      { name: 'Riikka Rajapinta', organisation: 'Kuntaliitto' },
    ],
    recordingUrl: 'https://example.org/tallenteet/2022-12-02',
    notes: {
      fi: 'Tapaaminen keräsi siihen asti suurimman joukon kuntien ja hyvinvointialueiden kehittäjiä. Keskustelussa korostuivat käyttäjähallinnan ja sopimussiirtojen viivästykset sekä asiakasviestinnän tärkeys. **Hyvä käytäntö:** kunta ja hyvinvointialue seurasivat siirtyvien järjestelmien tilannetta viikoittain yhteisellä muutostaululla.',
    },
    attendance: 118,
  },
  {
    date: '2023-01-06',
    theme: {
      fi: 'Muutosjohtaminen ja osaaminen digitalisaatiossa',
      sv: 'Förändringsledning och kompetens i digitaliseringen',
      en: 'Change management and competence in digitalisation',
    },
    themeDescription: {
      fi: 'Digitalisaatio on ennen kaikkea toimintatapojen muutosta. Tapaamisessa käsitellään muutoksen johtamista, henkilöstön osaamista ja muutosagenttien roolia.',
      sv: 'Digitalisering handlar framför allt om att ändra arbetssätten. Vid träffen behandlas förändringsledning, personalens kompetens och förändringsagenternas roll.',
      en: 'Digitalisation is above all a change in ways of working. The meeting covers leading change, staff competence and the role of change agents.',
    },
    title: {
      fi: 'Loppiaisen tapaaminen: muutoksen johtaminen digitalisaatiossa',
      sv: 'Trettondagsträffen: att leda förändring i digitaliseringen',
      en: 'Epiphany meeting: leading change in digitalisation',
    },
    introduction: {
      fi: `Uusi tietojärjestelmä tai digipalvelu ei yksin muuta mitään, jos toimintatavat, osaaminen ja johtaminen eivät muutu sen mukana. Monessa organisaatiossa digitalisaation onnistuminen on riippunut muutosagenteista, jotka kääntävät strategian arjen teoiksi ja tukevat kollegoitaan. Alustuksessa pohditaan, miten muutosta johdetaan, kun samaan aikaan on käynnissä useita hankkeita ja henkilöstön jaksaminen on koetuksella. Mukana on myös kokemuksia siitä, miten muutosagenttien verkosto on rakennettu isossa virastossa.

- Miten digitalisaation tavoitteet on viestitty henkilöstölle?
- Millainen tuki muutosagenteilla on organisaatiossasi?
- Miten osaamisen kehittäminen on liitetty hankkeisiin?

Loppiaisen tapaaminen on tavallista lyhyempi – tervetuloa silti!`,
    },
    speakers: [
      { name: 'Pekka Muutosagentti', organisation: 'Verohallinto' },
      { name: 'Noora Luotsi', organisation: 'Kuntaliitto' },
    ],
    recordingUrl: 'https://example.org/tallenteet/2023-01-06',
    notes: {
      fi: 'Loppiaisesta huolimatta mukana oli runsaasti osallistujia, ja chatissa jaettiin paljon omia kokemuksia. **Hyvä käytäntö:** muutosagenttien oma verkosto kokoontuu kuukausittain ja kertoo onnistumisista koko organisaatiolle. **Haaste:** muutosagentin tehtävää hoidetaan usein oman työn ohessa ilman varattua aikaa.',
    },
    attendance: 104,
  },
  {
    date: '2023-02-03',
    theme: {
      fi: 'EU:n digisääntely ja yhteinen digitaalinen palveluväylä',
      sv: 'EU:s digitala reglering och den gemensamma digitala ingången',
      en: 'EU digital regulation and the Single Digital Gateway',
    },
    themeDescription: {
      fi: 'EU-sääntely vaikuttaa yhä enemmän kansallisiin digipalveluihin: yhteinen digitaalinen palveluväylä, eurooppalainen digitaalisen identiteetin lompakko ja datasäädökset tuovat uusia velvoitteita. Tapaamisessa kootaan, mitä on tulossa ja milloin.',
      sv: 'EU-regleringen påverkar allt mer de nationella digitala tjänsterna: den gemensamma digitala ingången, den europeiska plånboken för digital identitet och dataakterna medför nya skyldigheter. Vid träffen sammanställer vi vad som är på kommande och när.',
      en: 'EU regulation increasingly shapes national digital services: the Single Digital Gateway, the European Digital Identity Wallet and the data acts bring new obligations. The meeting pulls together what is coming and when.',
    },
    title: {
      fi: 'Digitalisaatiota koskeva lainsäädäntö 2023: EU-sääntely ja kansalliset velvoitteet',
      sv: 'Lagstiftningen om digitalisering 2023: EU-reglering och nationella skyldigheter',
      en: 'Legislation on digitalisation in 2023: EU regulation and national obligations',
    },
    introduction: {
      fi: `Digitalisaatiota koskeva lainsäädäntö tulee yhä useammin EU:sta. Yhteistä digitaalista palveluväylää koskeva asetus edellyttää, että keskeiset hallinnolliset menettelyt ovat saatavilla verkossa myös muista jäsenvaltioista tuleville käyttäjille ja että kerran ja vain kerran -periaatetta tukeva tekninen järjestelmä otetaan käyttöön vuoden 2023 loppuun mennessä. Samaan aikaan valmistellaan eurooppalaista digitaalisen identiteetin lompakkoa, datasäädöstä ja tekoälysäädöstä. Alustuksessa kootaan kokonaiskuva siitä, mitä on tulossa ja miten kansallinen lainsäädäntö muuttuu.

- Mitkä EU-velvoitteet koskevat jo nyt omia palvelujasi?
- Miten EU-sääntelyn valmistelua voi seurata ja siihen vaikuttaa?
- Mitä kansallisia lakimuutoksia tarvitaan, jotta velvoitteet voidaan toteuttaa?

Tervetuloa – teema koskee jokaista julkisen palvelun kehittäjää.`,
    },
    speakers: [
      { name: 'Liisa Lainvalmistelija', organisation: 'Valtiovarainministeriö' },
      { name: 'Sara Suunnittelija', organisation: 'Digi- ja väestötietovirasto' },
    ],
    recordingUrl: 'https://example.org/tallenteet/2023-02-03',
    notes: {
      fi: 'Tapaaminen keräsi verkoston historian suurimman osallistujajoukon, lähes 250 kehittäjää. Eniten kysymyksiä herättivät yhteisen digitaalisen palveluväylän aikataulu ja se, mitkä menettelyt koskevat kuntia. **Hyvä käytäntö:** virastojen yhteinen seurantataulukko EU-velvoitteista ja niiden vastuuhenkilöistä. Osallistujat toivoivat, että lainsäädäntöteemoja jatketaan myös ohjelman jälkeen.',
    },
    attendance: 245,
  },
  {
    date: '2023-03-03',
    theme: {
      fi: 'Ohjelman päätös: opit ja verkoston jatko',
      sv: 'Programmets avslutning: lärdomar och nätverkets fortsättning',
      en: 'The end of the programme: lessons learned and the future of the network',
    },
    themeDescription: {
      fi: 'Digitalisaation edistämisen ohjelma päättyy maaliskuussa 2023. Viimeisessä tapaamisessa kootaan verkoston kokemukset ja pohditaan, miten yhteistyö jatkuu ohjelman jälkeen.',
      sv: 'Programmet för främjande av digitaliseringen avslutas i mars 2023. Vid den sista träffen sammanställer vi nätverkets erfarenheter och diskuterar hur samarbetet fortsätter efter programmet.',
      en: 'The Programme for Promoting Digitalisation ends in March 2023. The last meeting gathers the network’s experiences and considers how cooperation will continue after the programme.',
    },
    title: {
      fi: 'Kiitos ja näkemiin – mutta verkosto jatkaa!',
      sv: 'Tack och på återseende – men nätverket fortsätter!',
      en: 'Thank you and goodbye – but the network carries on!',
    },
    introduction: {
      fi: `Digin edistäjien verkosto on kokoontunut marraskuusta 2021 lähtien kuukauden ensimmäisenä perjantaina. Osallistujamäärä on kasvanut muutamasta kymmenestä lähes 250:een, ja tapaamisissa on käsitelty lainsäädäntöä, digipalveluja, tietoturvaa, hankintoja ja muutoksen johtamista. Ohjelman päättyessä kokoamme yhteen, mitä verkostosta on opittu, ja kerromme, miten kokemukset dokumentoidaan ja arvioidaan osana ohjelman loppuraportointia. Tärkeintä on kuitenkin se, miten te haluatte jatkaa. Verkosto on alusta asti ollut osallistujiensa näköinen, ja niin sen kannattaa olla jatkossakin.

- Mikä verkoston toiminnassa on ollut sinulle hyödyllisintä?
- Mitä olisi kannattanut tehdä toisin?
- Missä muodossa verkoston pitäisi jatkaa ohjelman jälkeen?

Kiitos kaikille mukana olleille – yhteistyö jatkuu.`,
    },
    speakers: [
      { name: 'Aino Järjestäjä', organisation: 'Valtiovarainministeriö' },
      { name: 'Mikko Kehittäjä', organisation: 'Tampereen kaupunki' },
    ],
    recordingUrl: 'https://example.org/tallenteet/2023-03-03',
    notes: {
      fi: 'Viimeisessä tapaamisessa koottiin palautetta verkoston toiminnasta ja toiveita sen jatkosta. Osallistujat pitivät arvokkaimpana vertaistukea ja kokonaiskuvaa kansallisesta kehittämisestä. Sovittiin, että verkosto jatkaa avoimena ja osallistujien itse ylläpitämänä, ja ensimmäiset jatkoteemat valittiin äänestämällä. Kokemukset kirjataan osaksi ohjelman loppuarviointia.',
    },
    attendance: 150,
  },
];

/** Themes for the meetings after the programme: the network lives on. */
export const DEMO_UPCOMING_THEMES: Pick<
  DemoMeeting,
  'theme' | 'themeDescription' | 'title' | 'introduction'
>[] = [
  {
    theme: {
      fi: 'Tekoäly julkisissa palveluissa',
      sv: 'Artificiell intelligens i offentliga tjänster',
      en: 'Artificial intelligence in public services',
    },
    themeDescription: {
      fi: 'Generatiivinen tekoäly ja koneoppiminen tarjoavat uusia mahdollisuuksia asiakaspalveluun ja asiantuntijatyöhön. Miten tekoälyä hyödynnetään vastuullisesti ja lainmukaisesti?',
      sv: 'Generativ AI och maskininlärning ger nya möjligheter inom kundtjänst och expertarbete. Hur kan artificiell intelligens utnyttjas ansvarsfullt och i enlighet med lagen?',
      en: 'Generative AI and machine learning open up new possibilities for customer service and expert work. How can AI be used responsibly and lawfully?',
    },
    title: {
      fi: 'Tekoäly julkisissa palveluissa – mahdollisuudet ja rajat',
      sv: 'Artificiell intelligens i offentliga tjänster – möjligheter och gränser',
      en: 'AI in public services – possibilities and limits',
    },
    introduction: {
      fi: `Tekoälyn kehitys on nopeutunut, ja moni organisaatio kokeilee jo tekoälyä esimerkiksi asiakaspalvelun chat-palveluissa, asiakirjojen luokittelussa ja tiedonhaussa. Julkisessa hallinnossa tekoälyn käyttöä ohjaavat hyvän hallinnon periaatteet, tietosuoja ja automaattista päätöksentekoa koskeva sääntely sekä jatkossa EU:n tekoälysäädös. Alustuksessa käydään läpi kokeilujen kokemuksia ja pohditaan, millaisia pelisääntöjä tekoälyn vastuullinen käyttö edellyttää. Tekoälyn hyödyntäminen vaatii myös laadukasta dataa ja selkeää vastuunjakoa.

- Missä tehtävissä tekoäly voisi aidosti helpottaa työtä tai asiointia?
- Miten varmistetaan, että tekoälyn tuottama tieto on oikeaa ja syrjimätöntä?
- Millaista osaamista ja ohjeistusta henkilöstö tarvitsee?

Tule jakamaan kokeilujasi – myös epäonnistuneita.`,
      sv: `Utvecklingen av artificiell intelligens har tagit fart, och många organisationer prövar redan AI till exempel i chattjänster inom kundtjänsten, vid klassificering av handlingar och i informationssökning. Inom den offentliga förvaltningen styrs användningen av AI av principerna för god förvaltning, dataskyddet och regleringen av automatiserat beslutsfattande samt i framtiden av EU:s AI-förordning. I inledningen går vi igenom erfarenheterna från försöken och diskuterar vilka spelregler en ansvarsfull användning av AI förutsätter. Att utnyttja AI kräver också data av god kvalitet och en tydlig ansvarsfördelning.

- I vilka uppgifter kunde AI verkligen underlätta arbetet eller kundernas ärenden?
- Hur säkerställer vi att den information som AI tar fram är korrekt och icke-diskriminerande?
- Vilken kompetens och vilka anvisningar behöver personalen?

Kom och berätta om dina försök – också om dem som misslyckades.`,
      en: `AI is developing faster than ever, and many organisations are already trying it out in customer service chat, document classification and information retrieval, for example. In public administration, the use of AI is governed by the principles of good administration, data protection and the rules on automated decision-making, and in future also by the EU Artificial Intelligence Act. The talk reviews experiences from these pilots and considers what ground rules the responsible use of AI requires. Making use of AI also calls for high-quality data and a clear division of responsibilities.

- In which tasks could AI genuinely make work, or dealing with public services, easier?
- How do we make sure that the information AI produces is accurate and non-discriminatory?
- What skills and guidance do staff need?

Come and share your pilots – including the ones that failed.`,
    },
  },
  {
    theme: {
      fi: 'Digitaalisten palvelujen saavutettavuus',
      sv: 'Tillgänglighet i digitala tjänster',
      en: 'Accessibility of digital services',
    },
    themeDescription: {
      fi: 'Saavutettavuus on jatkuvaa työtä eikä kertaluonteinen projekti. EU:n esteettömyysdirektiivi laajentaa vaatimuksia myös moniin yksityisiin palveluihin.',
      sv: 'Tillgänglighet är ett fortlöpande arbete och inte ett engångsprojekt. EU:s tillgänglighetsdirektiv utvidgar kraven också till många privata tjänster.',
      en: 'Accessibility is ongoing work, not a one-off project. The European Accessibility Act extends the requirements to many private services as well.',
    },
    title: {
      fi: 'Saavutettavuus jatkuvaksi käytännöksi',
      sv: 'Tillgänglighet som fortlöpande praxis',
      en: 'Making accessibility an everyday practice',
    },
    introduction: {
      fi: `Digipalvelulain saavutettavuusvaatimukset ovat koskeneet julkisen sektorin verkkosivustoja ja mobiilisovelluksia jo vuosia, mutta valvonnan havainnot osoittavat, että puutteita löytyy yhä. Samaan aikaan EU:n esteettömyysdirektiivi laajentaa vaatimuksia esimerkiksi verkkokauppoihin, pankkipalveluihin ja sähköisiin lippupalveluihin, mikä vaikuttaa myös julkisen sektorin kumppaneihin. Alustuksessa käsitellään, miten saavutettavuus saadaan osaksi palvelun koko elinkaarta suunnittelusta ylläpitoon. Hyvä saavutettavuus hyödyttää kaikkia käyttäjiä, esimerkiksi mobiililaitteella asioivia ja ikääntyneitä. Lisäksi kuullaan, miten saavutettavuustestaus on tehty osaksi jatkuvaa kehitystä.

- Miten saavutettavuus testataan ennen julkaisua ja sen jälkeen?
- Kuka organisaatiossanne vastaa saavutettavuusosaamisesta?
- Miten käyttäjien saavutettavuuspalaute käsitellään?

Saavutettava palvelu on parempi palvelu kaikille – tervetuloa mukaan.`,
      sv: `Tillgänglighetskraven i lagen om tillhandahållande av digitala tjänster har gällt den offentliga sektorns webbplatser och mobilapplikationer redan i flera år, men tillsynens iakttagelser visar att det fortfarande finns brister. Samtidigt utvidgar EU:s tillgänglighetsdirektiv kraven till exempelvis webbutiker, banktjänster och elektroniska biljettjänster, vilket också påverkar den offentliga sektorns samarbetspartner. I inledningen behandlas hur tillgängligheten kan bli en del av tjänstens hela livscykel, från planering till underhåll. God tillgänglighet gagnar alla användare, till exempel dem som använder tjänsten på en mobil enhet och äldre personer. Dessutom får vi höra hur tillgänglighetstestning har gjorts till en del av den kontinuerliga utvecklingen.

- Hur testas tillgängligheten före och efter publiceringen?
- Vem ansvarar för tillgänglighetskompetensen i er organisation?
- Hur behandlas användarnas respons om tillgängligheten?

En tillgänglig tjänst är en bättre tjänst för alla – välkommen med.`,
      en: `The accessibility requirements of the Act on the Provision of Digital Services have applied to public sector websites and mobile applications for years, yet the findings of accessibility monitoring show that shortcomings remain. At the same time, the European Accessibility Act extends the requirements to online shops, banking services and electronic ticketing services, for example, which also affects the public sector’s partners. The talk looks at how accessibility can become part of a service’s entire life cycle, from design to maintenance. Good accessibility benefits all users, such as people using a mobile device and older people. We will also hear how accessibility testing has been made part of continuous development.

- How is accessibility tested before and after release?
- Who is responsible for accessibility expertise in your organisation?
- How is users’ feedback on accessibility handled?

An accessible service is a better service for everyone – welcome along.`,
    },
  },
  {
    theme: {
      fi: 'Yhteentoimivuus ja tietojen jakaminen',
      sv: 'Interoperabilitet och delning av uppgifter',
      en: 'Interoperability and data sharing',
    },
    themeDescription: {
      fi: 'Asiakkaan ei pitäisi joutua antamaan samoja tietoja viranomaisille moneen kertaan. Tapaamisessa käsitellään tietojen jakamista rajapintojen, yhteisten tietomallien ja Suomi.fi-palveluväylän avulla.',
      sv: 'Kunden ska inte behöva lämna samma uppgifter till myndigheterna flera gånger. Vid träffen behandlas delning av uppgifter med hjälp av gränssnitt, gemensamma datamodeller och Suomi.fi-informationsleden.',
      en: 'Customers should not have to give authorities the same information over and over again. The meeting covers sharing data through APIs, shared data models and the Suomi.fi Data Exchange Layer.',
    },
    title: {
      fi: 'Kerran ja vain kerran: tiedot liikkeelle yli organisaatiorajojen',
      sv: 'Bara en gång: uppgifterna i rörelse över organisationsgränserna',
      en: 'Once only: getting data moving across organisational boundaries',
    },
    introduction: {
      fi: `Kerran ja vain kerran -periaatteen mukaan asiakkaan ei tarvitse toimittaa viranomaisille tietoja, jotka julkisella hallinnolla jo on. Periaatteen toteutuminen edellyttää yhteisiä tietomalleja, toimivia rajapintoja, selkeitä käyttöoikeuksia ja luottamusta organisaatioiden välillä. Alustuksessa kuullaan esimerkkejä tietojen jakamisesta Suomi.fi-palveluväylän ja rajapintojen avulla sekä pohditaan, miksi tietojen luovuttaminen kaatuu yhä usein sopimuksiin ja tulkintoihin. Tavoitteena on tunnistaa yhteisiä esteitä ja ratkaisuja, joita verkosto voi viedä eteenpäin.

- Mitä tietoja kysytte asiakkailta, vaikka ne löytyisivät jo toiselta viranomaiselta?
- Mikä on suurin este tietojen jakamiselle: laki, tekniikka vai sopimukset?
- Miten tietojen luovutusten lupaprosessia voisi sujuvoittaa?

Tervetuloa etsimään yhteisiä ratkaisuja.`,
      sv: `Enligt engångsprincipen behöver kunden inte lämna sådana uppgifter till myndigheterna som den offentliga förvaltningen redan har. För att principen ska förverkligas krävs gemensamma datamodeller, fungerande gränssnitt, tydliga åtkomsträttigheter och förtroende mellan organisationerna. I inledningen får vi höra exempel på hur uppgifter delas via Suomi.fi-informationsleden och gränssnitt, och vi diskuterar varför utlämnandet av uppgifter fortfarande ofta stupar på avtal och tolkningar. Målet är att identifiera gemensamma hinder och lösningar som nätverket kan föra vidare.

- Vilka uppgifter ber ni kunderna om, trots att de redan finns hos en annan myndighet?
- Vad är det största hindret för att dela uppgifter: lagstiftningen, tekniken eller avtalen?
- Hur kunde tillståndsprocessen för utlämnande av uppgifter göras smidigare?

Välkommen att söka gemensamma lösningar.`,
      en: `Under the once-only principle, customers do not have to provide authorities with information that public administration already holds. Putting the principle into practice requires shared data models, working APIs, clear access rights and trust between organisations. The talk presents examples of data sharing through the Suomi.fi Data Exchange Layer and APIs, and considers why the disclosure of data still so often founders on contracts and interpretations. The aim is to identify common obstacles and solutions that the network can take forward.

- What information do you ask customers for even though another authority already has it?
- What is the biggest obstacle to sharing data: the law, the technology or the contracts?
- How could the permit process for disclosing data be made smoother?

Welcome – let’s look for shared solutions together.`,
    },
  },
  {
    theme: {
      fi: 'Ohjelman opit avoimille verkostoille',
      sv: 'Programmets lärdomar för öppna nätverk',
      en: 'What open networks can learn from the programme',
    },
    themeDescription: {
      fi: 'Digitalisaation edistämisen ohjelman verkostosta saatiin kokemuksia, joita voi hyödyntää muissa avoimissa ammatillisissa verkostoissa. Kootaan yhdessä, mikä toimi ja mitä kannattaa kehittää.',
      sv: 'Nätverket inom programmet för främjande av digitaliseringen gav erfarenheter som kan utnyttjas i andra öppna yrkesnätverk. Tillsammans sammanställer vi vad som fungerade och vad som är värt att utveckla.',
      en: 'The network of the Programme for Promoting Digitalisation yielded experiences that other open professional networks can use. Together we will gather what worked and what is worth developing further.',
    },
    title: {
      fi: 'Mitä opimme – ja miten avoin verkosto pidetään elossa?',
      sv: 'Vad lärde vi oss – och hur håller man ett öppet nätverk vid liv?',
      en: 'What did we learn – and how do we keep an open network alive?',
    },
    introduction: {
      fi: `Digin edistäjien verkosto syntyi digitalisaation edistämisen ohjelman tarpeisiin, mutta sen arvo osoittautui yksittäistä ohjelmaa suuremmaksi. Matala osallistumisen kynnys, etukäteen sovitut teemat ja huolella valmistellut alustukset kokosivat parhaimmillaan satoja kehittäjiä. Nyt verkosto jatkaa omin voimin. Tapaamisessa käydään läpi ohjelman loppuarvioinnin havainnot ja sovitaan, miten vastuut, teemat ja fasilitointi jaetaan jatkossa.

- Mitkä verkoston toimintatavat kannattaa säilyttää?
- Kuka valmistelee alustukset ja kutsuu tapaamiset koolle, kun ohjelma on päättynyt?
- Miten uudet osallistujat löytävät verkoston?

Verkosto elää niin kauan kuin sen jäsenet haluavat – tule mukaan suunnittelemaan jatkoa.`,
      sv: `Nätverket för främjare av digitalisering föddes ur behoven inom programmet för främjande av digitaliseringen, men dess värde visade sig vara större än ett enskilt program. En låg tröskel för att delta, teman som avtalats på förhand och omsorgsfullt förberedda inledningar samlade som mest hundratals utvecklare. Nu fortsätter nätverket på egen hand. Vid träffen går vi igenom iakttagelserna från programmets slututvärdering och kommer överens om hur ansvaret, temana och faciliteringen ska fördelas framöver.

- Vilka av nätverkets arbetssätt är värda att behålla?
- Vem förbereder inledningarna och sammankallar träffarna när programmet har avslutats?
- Hur hittar nya deltagare till nätverket?

Nätverket lever så länge dess medlemmar vill – kom med och planera fortsättningen.`,
      en: `The network for promoters of digitalisation was born out of the needs of the Programme for Promoting Digitalisation, but its value proved greater than that of any single programme. A low threshold for taking part, themes agreed in advance and carefully prepared talks brought together hundreds of developers at their best. Now the network carries on under its own steam. The meeting reviews the findings of the programme’s final evaluation and agrees how responsibilities, themes and facilitation will be shared from now on.

- Which of the network’s ways of working are worth keeping?
- Who will prepare the talks and convene the meetings now that the programme has ended?
- How will new participants find the network?

The network lives for as long as its members want it to – come and help plan what comes next.`,
    },
  },
];
