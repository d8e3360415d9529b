// Synthetic demo data (people, figures and notes are made up), modelled on the seed text in shared/seed/.

export type DemoMeeting = {
  /** 'YYYY-MM-DD': the first Friday of the month. */
  date: string;
  /** The theme title, also the programme entry. */
  theme: string;
  themeDescription: string;
  title: string;
  /** Markdown: a paragraph, a short list of questions for discussion and a closing line. */
  introduction: string;
  speakers: { name: string; organisation?: string }[];
  recordingUrl: string | null;
  /** Markdown notes written after the meeting. */
  notes: string;
  /** Synthetic head count. */
  attendance: number;
};

export const DEMO_MEETINGS: DemoMeeting[] = [
  {
    date: '2021-11-05',
    theme: 'Digitalisaation edistämisen ohjelma ja verkoston käynnistys',
    themeDescription:
      'Mitä digitalisaation edistämisen ohjelma tavoittelee, ja miten digin edistäjien verkosto voi tukea julkisen hallinnon kehittäjiä? Ensimmäisessä tapaamisessa sovitaan myös verkoston toimintatavoista.',
    title: 'Tervetuloa digin edistäjien verkostoon!',
    introduction: `Digitalisaation edistämisen ohjelman tavoitteena on, että julkiset palvelut ovat kansalaisten ja yritysten saatavilla digitaalisesti vuoteen 2023 mennessä. Tavoite ei toteudu yksittäisissä hankkeissa vaan kunnissa, virastoissa ja ministeriöissä työskentelevien kehittäjien yhteistyönä. Digin edistäjien verkosto on epävirallinen keskustelukanava, joka kokoontuu verkossa kuukauden ensimmäisenä perjantaina. Teemat on sovittu etukäteen, ja jokaiseen tapaamiseen valmistellaan lyhyt alustus. Ilmoittautumista ei tarvita.

- Mitkä digitalisaation haasteet ovat omassa organisaatiossasi juuri nyt suurimpia?
- Millaista vertaistukea ja tietoa toivot verkostolta?
- Mistä teemoista haluaisit kuulla muiden kokemuksia?

Tuo mukanasi kysymyksesi – ja kutsu kollegasikin mukaan.`,
    speakers: [{ name: 'Aino Järjestäjä', organisation: 'Valtiovarainministeriö' }],
    recordingUrl: 'https://example.org/tallenteet/2021-11-05',
    notes:
      'Ensimmäiseen tapaamiseen osallistui kehittäjiä kunnista, virastoista ja valtiovarainministeriöstä. Keskustelussa korostuivat resurssipula ja se, että kansallisten hankkeiden kokonaiskuvaa on vaikea hahmottaa omasta työstä käsin. Chatissa toivottiin erityisesti **lainsäädäntöä** ja **digipalveluja** käsitteleviä tapaamisia, ja keskustelua sovittiin jatkettavan somessa tunnisteella #DiginEdistäjät.',
    attendance: 35,
  },
  {
    date: '2021-12-03',
    theme: 'Tiedonhallintalaki käytännössä',
    themeDescription:
      'Laki julkisen hallinnon tiedonhallinnasta velvoittaa viranomaiset kuvaamaan tiedonhallintansa ja luovuttamaan tietoja sähköisesti. Miten velvoitteet näkyvät digipalvelujen kehittämisessä?',
    title: 'Tiedonhallintalaki kehittäjän arjessa',
    introduction: `Tiedonhallintalaki tuli voimaan vuoden 2020 alussa, mutta sen vaikutukset näkyvät kehittämistyössä vasta nyt täydellä painolla. Laki edellyttää muun muassa tiedonhallintamallin ylläpitoa, muutosvaikutusten arviointia ennen tietojärjestelmien ja palvelujen muutoksia sekä säännöllisesti luovutettavien tietojen luovuttamista teknisten rajapintojen avulla. Alustuksessa käydään läpi, mitä velvoitteet tarkoittavat käytännössä ja miten ne kannattaa ottaa huomioon jo hankkeen suunnitteluvaiheessa.

- Onko organisaatiollanne ajantasainen tiedonhallintamalli, ja kuka sitä ylläpitää?
- Miten muutosvaikutusten arviointi on liitetty hankkeiden vaiheisiin?
- Missä tietojen luovuttamisessa rajapintojen kautta on eniten haasteita?

Tule kuulemaan, miten muut ovat ratkaisseet samat kysymykset.`,
    speakers: [
      { name: 'Liisa Lainvalmistelija', organisation: 'Valtiovarainministeriö' },
      { name: 'Emma Tietohallinto', organisation: 'Oulun kaupunki' },
    ],
    recordingUrl: 'https://example.org/tallenteet/2021-12-03',
    notes:
      'Alustuksen jälkeen keskusteltiin erityisesti rajapintavelvoitteesta ja siitä, miten vanhojen järjestelmien toimittajat saadaan mukaan muutokseen. **Hyvä käytäntö:** muutosvaikutusten arviointi on liitetty hankesalkun päätöspisteisiin, jolloin sitä ei voi ohittaa. **Haaste:** pienissä kunnissa tiedonhallintamallin ylläpito jää usein yhden henkilön varaan.',
    attendance: 48,
  },
  {
    date: '2022-01-07',
    theme: 'Elämäntapahtumiin perustuvat palvelut ja AuroraAI',
    themeDescription:
      'Elämäntapahtumalähtöisessä kehittämisessä palveluja tarkastellaan ihmisen tilanteesta eikä organisaatiorajoista käsin. AuroraAI-ohjelma on kokeillut, miten palveluja voidaan koota ja suositella eri elämäntilanteisiin.',
    title: 'Palvelut ihmisen elämäntapahtumien ympärille',
    introduction: `Kun ihminen muuttaa, saa lapsen tai jää työttömäksi, hän asioi usein monen viranomaisen kanssa samaan aikaan. Elämäntapahtumiin perustuvassa kehittämisessä palvelut suunnitellaan yhdeksi kokonaisuudeksi ihmisen tilanteen näkökulmasta. Kansallinen tekoälyohjelma AuroraAI on kehittänyt toimintamalleja ja teknisiä ratkaisuja, joiden avulla eri toimijoiden palveluja voidaan yhdistää ja suositella oikeaan aikaan. Alustuksessa kuullaan ohjelman kokemuksia ja pohditaan, miten elämäntapahtumat näkyvät kuntien ja virastojen omassa kehittämisessä.

- Mitkä elämäntapahtumat ovat omassa palvelukentässäsi tärkeimpiä?
- Miten palvelujen yhteiskehittäminen yli organisaatiorajojen on onnistunut?
- Mitä ihmisestä kerättyjä tietoja palvelujen suosittelussa saa hyödyntää?

Keskustellaan yhdessä, miten palvelupolut saadaan toimimaan saumattomasti.`,
    speakers: [
      { name: 'Eero Asiakaspolku', organisation: 'Valtiovarainministeriö' },
      { name: 'Mikko Kehittäjä', organisation: 'Tampereen kaupunki' },
    ],
    recordingUrl: 'https://example.org/tallenteet/2022-01-07',
    notes:
      'Keskustelussa pohdittiin, miten elämäntapahtumat saadaan mukaan organisaatioiden omaan palvelukehitykseen ja budjetointiin. **Hyvä käytäntö:** alustajan esimerkissä lapsiperheen palvelupolkua kehitettiin yhdessä kunnan, Kelan ja sote-valmistelun kanssa. **Haaste:** henkilötietojen käytölle palvelujen suosittelussa tarvitaan selkeä oikeusperuste.',
    attendance: 44,
  },
  {
    date: '2022-02-04',
    theme: 'Digipalvelulaki ja saavutettavuusvaatimukset',
    themeDescription:
      'Laki digitaalisten palvelujen tarjoamisesta panee täytäntöön EU:n saavutettavuusdirektiivin. Mitä laki edellyttää verkkosivustoilta, mobiilisovelluksilta ja sähköisiltä asiointipalveluilta?',
    title: 'Digipalvelulaki: saavutettavat palvelut kaikille',
    introduction: `Laki digitaalisten palvelujen tarjoamisesta eli digipalvelulaki velvoittaa viranomaiset tarjoamaan saavutettavia digitaalisia palveluja. Vaatimukset koskevat nyt kaikkia julkisen sektorin verkkosivustoja ja mobiilisovelluksia, ja jokaiselle palvelulle on laadittava saavutettavuusseloste, josta löytyy myös palautekanava. Alustuksessa kerrataan lain keskeiset velvoitteet ja kuullaan, millaisia havaintoja saavutettavuusvalvonnassa on tehty. Moni organisaatio on huomannut, että saavutettavuuden korjaaminen jälkikäteen on paljon kalliimpaa kuin sen huomioiminen alusta alkaen. Lisäksi kuullaan, miten suuri virasto on rakentanut saavutettavuuden osaksi kehitystyötään.

- Miten saavutettavuus varmistetaan hankinnoissa ja toimittajien kanssa?
- Kuka organisaatiossanne päivittää saavutettavuusselosteet?
- Miten käyttäjät, myös avustavan teknologian käyttäjät, otetaan mukaan testaamiseen?

Tervetuloa jakamaan omia kokemuksia – myös keskeneräisiä.`,
    speakers: [
      { name: 'Hanna Esteetön', organisation: 'Etelä-Suomen aluehallintovirasto' },
      { name: 'Ville Verkkopalvelu', organisation: 'Kela' },
    ],
    recordingUrl: 'https://example.org/tallenteet/2022-02-04',
    notes:
      'Chatissa kysyttiin erityisesti PDF-tiedostojen ja vanhojen asiointilomakkeiden saavutettavuudesta. **Hyvä käytäntö:** saavutettavuusvaatimukset kirjataan hankinnan liitteeksi ja testataan ennen palvelun vastaanottoa. **Haaste:** saavutettavuusosaaminen on monessa organisaatiossa yhden asiantuntijan varassa.',
    attendance: 68,
  },
  {
    date: '2022-03-04',
    theme: 'Digikompassi ja digitaalinen vuosikymmen',
    themeDescription:
      'EU:n digitaalisen vuosikymmenen tavoitteet ohjaavat myös kansallista kehittämistä. Suomen digitaalinen kompassi eli digikompassi kokoaa tavoitteet ja mittarit vuoteen 2030.',
    title: 'Digikompassi – mihin suuntaan digitalisaatio etenee vuoteen 2030?',
    introduction: `Euroopan komissio julkaisi vuonna 2021 digitaalisen kompassin, joka asettaa EU:lle digitaalisen vuosikymmenen tavoitteet vuoteen 2030: digitaidot, turvalliset ja kestävät infrastruktuurit, yritysten digitalisaatio sekä julkisten palvelujen digitalisaatio. Suomessa valmistellaan omaa digitaalista kompassia, joka kokoaa kansallisen digitalisaation tavoitteet ja niiden mittarit. Alustuksessa kerrotaan valmistelun tilanteesta ja siitä, miten kompassin tavoitteet liittyvät kuntien ja virastojen arkeen. Kansallinen kompassi auttaa myös priorisoimaan kehittämistä, kun resurssit ovat rajalliset.

- Miten kansalliset tavoitteet näkyvät oman organisaatiosi strategiassa?
- Millaisilla mittareilla digitalisaation etenemistä kannattaa seurata?
- Mitä kunnat ja virastot odottavat kompassilta?

Valmistelu on kesken, joten nyt on hyvä hetki vaikuttaa.`,
    speakers: [{ name: 'Kalle Kompassi', organisation: 'Valtiovarainministeriö' }],
    recordingUrl: 'https://example.org/tallenteet/2022-03-04',
    notes:
      'Osallistujat pitivät tärkeänä, että kansalliset tavoitteet käännetään konkreettisiksi toimenpiteiksi kunnille ja virastoille. **Haaste:** mittareiden pitäisi perustua jo kerättävään tietoon, jotta ne eivät lisää raportointitaakkaa. Keskustelun palaute välitettiin kompassin valmistelijoille.',
    attendance: 58,
  },
  {
    date: '2022-04-01',
    theme: 'Suomi.fi-palvelut osana omaa digipalvelua',
    themeDescription:
      'Suomi.fi-tunnistus, -valtuudet, -viestit ja palvelutietovaranto ovat julkisen hallinnon yhteisiä palveluja. Miten ne otetaan käyttöön, ja mitä niistä on opittu?',
    title: 'Suomi.fi-palvelut: yhteiset rakennuspalikat digipalveluihin',
    introduction: `Digi- ja väestötietoviraston ylläpitämät Suomi.fi-palvelut tarjoavat valmiit ratkaisut vahvaan tunnistautumiseen, puolesta asiointiin, sähköiseen viestintään ja palvelutietojen julkaisemiseen. Yhteisten palvelujen käyttö säästää kehittämistyötä ja tekee asioinnista käyttäjille tutumpaa. Silti käyttöönotto herättää usein kysymyksiä: miten valtuudet rakennetaan, milloin asiakkaalle kannattaa viestiä Suomi.fi-viestien kautta ja miten palvelukuvaukset pidetään ajan tasalla palvelutietovarannossa. Alustuksessa kerrotaan palvelujen ajankohtaisista kehitysnäkymistä ja kuullaan käyttäjäorganisaation kokemuksia käyttöönotoista.

- Mitä Suomi.fi-palveluja organisaatiossasi on käytössä ja mitä vielä puuttuu?
- Missä käyttöönotossa on ollut eniten työtä?
- Miten palvelukuvausten ylläpito on järjestetty?

Alustuksen jälkeen asiantuntijat vastaavat kysymyksiin.`,
    speakers: [
      { name: 'Sara Suunnittelija', organisation: 'Digi- ja väestötietovirasto' },
      { name: 'Ville Verkkopalvelu', organisation: 'Kela' },
    ],
    recordingUrl: 'https://example.org/tallenteet/2022-04-01',
    notes:
      'Eniten kysymyksiä herättivät Suomi.fi-valtuudet ja alaikäisen puolesta asiointi. **Hyvä käytäntö:** palvelukuvausten päivitys on liitetty palvelun omistajan vuosikelloon. **Haaste:** Suomi.fi-viestien käyttöönotto vaatii muutoksia myös taustajärjestelmiin ja asiakirjapohjiin.',
    attendance: 72,
  },
  {
    date: '2022-05-06',
    theme: 'Tietoturva ja varautuminen muuttuneessa turvallisuustilanteessa',
    themeDescription:
      'Kevään 2022 turvallisuustilanne on nostanut digitaalisen turvallisuuden ja varautumisen jokaisen julkisen organisaation asialistalle. Tapaamisessa käsitellään kyberuhkia, Julkri-kriteeristöä ja palvelujen toimintavarmuutta.',
    title: 'Digitaalinen turvallisuus ja varautuminen – mitä jokaisen kehittäjän on hyvä tietää',
    introduction: `Turvallisuustilanteen muutos keväällä 2022 on lisännyt palvelunestohyökkäyksiä ja huijausyrityksiä myös julkista hallintoa kohtaan. Digitaalinen turvallisuus ei ole vain tietohallinnon tehtävä, vaan se on otettava huomioon jokaisessa digipalvelussa alusta alkaen. Alustuksessa käsitellään ajankohtaista kyberuhkatilannetta, julkisen hallinnon tietoturvallisuuden arviointikriteeristöä Julkria sekä sitä, miten palvelujen jatkuvuus varmistetaan häiriötilanteissa. Lisäksi kuullaan, miten häiriöistä ilmoitetaan ja mistä saa apua, kun jotain sattuu.

- Miten tietoturva ja tietosuoja huomioidaan palvelun suunnittelun alusta alkaen?
- Onko organisaatiossanne harjoiteltu toimintaa kyberhäiriön aikana?
- Miten toimittajien tietoturvaa arvioidaan ja valvotaan?

Turvallisuus on yhteinen asia – tule mukaan keskustelemaan.`,
    speakers: [{ name: 'Kaisa Kyberturva', organisation: 'Traficomin Kyberturvallisuuskeskus' }],
    recordingUrl: 'https://example.org/tallenteet/2022-05-06',
    notes:
      'Tapaamisessa käytiin läpi ajankohtaisia uhkia ja häiriöistä ilmoittamisen käytäntöjä. **Hyvä käytäntö:** säännöllinen pöytäharjoitus, johon osallistuvat tietohallinnon lisäksi palvelujen omistajat ja viestintä. **Haaste:** tietoturvaosaajien saatavuus erityisesti pienissä kunnissa.',
    attendance: 66,
  },
  {
    date: '2022-06-03',
    theme: 'Automaattinen päätöksenteko ja hallinnon yleislainsäädäntö',
    themeDescription:
      'Valmisteilla oleva sääntely luo yleiset puitteet automaattiselle päätöksenteolle julkisessa hallinnossa. Mitä muutos tarkoittaa digipalvelujen kehittäjille?',
    title: 'Automaattinen päätöksenteko: lainsäädäntö ja käytäntö',
    introduction: `Automaattinen päätöksenteko voi nopeuttaa asioiden käsittelyä ja vapauttaa asiantuntijoiden aikaa vaativampiin tehtäviin, mutta sen on täytettävä hyvän hallinnon ja oikeusturvan vaatimukset. Eduskunnan perustuslakivaliokunta on edellyttänyt, että automaattiselle päätöksenteolle säädetään yleiset puitteet, ja sääntelyä valmistellaan parhaillaan. Alustuksessa kerrotaan valmistelun keskeiset linjaukset, kuten vastuut, läpinäkyvyys ja ratkaisujen lainmukaisuuden varmistaminen. Lisäksi kuullaan, miten automaatiota laajasti käyttävä virasto on varmistanut päätösten oikeellisuuden ja asiakkaan oikeusturvan.

- Missä asiaryhmissä automaattinen päätöksenteko sopisi omaan toimintaasi?
- Miten asiakkaalle kerrotaan, että päätös on tehty automaattisesti?
- Kuka vastaa päätössäännöistä ja niiden ajantasaisuudesta, kun lainsäädäntö muuttuu?

Teema koskettaa sekä juristeja että kehittäjiä – tervetuloa molemmat.`,
    speakers: [
      { name: 'Liisa Lainvalmistelija', organisation: 'Valtiovarainministeriö' },
      { name: 'Pekka Muutosagentti', organisation: 'Verohallinto' },
    ],
    recordingUrl: 'https://example.org/tallenteet/2022-06-03',
    notes:
      'Osallistujat pitivät tärkeänä, että sääntely koskee yhtenäisesti sekä valtiota että kuntia. **Hyvä käytäntö:** päätössäännöt dokumentoidaan ja testataan juristien ja kehittäjien yhteistyönä. **Haaste:** vanhojen järjestelmien päätössääntöjen selvittäminen jälkikäteen on työlästä.',
    attendance: 76,
  },
  {
    date: '2022-07-01',
    theme: 'Asiakaskokemus ja palvelumuotoilu digipalveluissa',
    themeDescription:
      'Hyvä digipalvelu syntyy käyttäjien tarpeista. Tapaamisessa käsitellään asiakaskokemuksen mittaamista ja palvelumuotoilun menetelmiä julkisessa hallinnossa.',
    title: 'Kesäinen kehittäjäkahvi: asiakaskokemus digipalveluissa',
    introduction: `Digipalvelun onnistumista ei ratkaise pelkkä käyttöönotto vaan se, kokevatko asiakkaat palvelun helpoksi ja luotettavaksi. Palvelumuotoilun menetelmillä käyttäjät saadaan mukaan jo suunnitteluun, ja asiakaskokemuksen jatkuva mittaaminen auttaa kohdentamaan kehittämistä. Kesän tapaaminen on tavallista kevyempi: alustuksessa kuullaan kahden organisaation kokemuksia asiakaspalautteen keräämisestä ja hyödyntämisestä. Palvelumuotoilu ei vaadi suurta budjettia: jo muutama käyttäjähaastattelu voi muuttaa kehittämisen suuntaa.

- Miten asiakaskokemusta mitataan omissa digipalveluissanne?
- Mihin palautetta on käytetty, ja miten käyttäjille kerrotaan tehdyistä muutoksista?
- Miten palvelumuotoilu saadaan osaksi jokaista hanketta eikä vain erillisiä kokeiluja?

Ota kahvikuppi mukaan ja liity kesäiseen keskusteluun.`,
    speakers: [
      { name: 'Minna Palvelumuotoilija', organisation: 'Helsingin kaupunki' },
      { name: 'Ville Verkkopalvelu', organisation: 'Kela' },
    ],
    recordingUrl: 'https://example.org/tallenteet/2022-07-01',
    notes:
      'Kesätapaamiseen osallistui tavallista pienempi mutta aktiivinen joukko. **Hyvä käytäntö:** lyhyt palautekysely asioinnin lopussa ja palautteen kuukausittainen läpikäynti kehitystiimissä. **Haaste:** asiakaskokemusta mitataan yleensä vain yhden organisaation palvelusta, vaikka asiakkaan polku kulkee monen toimijan kautta.',
    attendance: 40,
  },
  {
    date: '2022-08-05',
    theme: 'Digituki ja digitaalinen osallisuus',
    themeDescription:
      'Kaikki eivät pysty käyttämään digipalveluja ilman apua. Tapaamisessa käsitellään digituen alueellista järjestämistä ja kuntien, järjestöjen ja viranomaisten yhteistyötä.',
    title: 'Kukaan ei jää yksin: digituki osana palveluja',
    introduction: `Digipalvelujen lisääntyessä on huolehdittava siitä, että palvelut saavat myös ne, joilta digitaidot tai laitteet puuttuvat. Digi- ja väestötietovirasto koordinoi valtakunnallista digitukea, ja alueilla toimii digitukiverkostoja, joissa kunnat, kirjastot, järjestöt ja viranomaiset tekevät yhteistyötä. Alustuksessa kerrotaan, miten digituki on järjestetty eri alueilla ja miten tuen tarve voidaan ennakoida jo palvelua suunniteltaessa. Hyvin suunniteltu palvelu vähentää tuen tarvetta, mutta ei koskaan poista sitä kokonaan.

- Miten digituen tarve huomioidaan uuden digipalvelun suunnittelussa?
- Kuka organisaatiossanne ohjaa asiakkaat digitukeen?
- Miten puolesta asiointia voidaan tukea turvallisesti?

Tule kertomaan, miten digituki toimii teidän alueellanne.`,
    speakers: [
      { name: 'Jari Opastaja', organisation: 'Digi- ja väestötietovirasto' },
      { name: 'Satu Neuvoja', organisation: 'Kuntaliitto' },
    ],
    recordingUrl: 'https://example.org/tallenteet/2022-08-05',
    notes:
      'Keskustelussa korostui kirjastojen ja järjestöjen merkitys digituen arjessa. **Hyvä käytäntö:** alueellinen digitukihenkilöiden verkosto jakaa ohjeita ja tapausesimerkkejä yhteisessä kanavassa. **Haaste:** digituen rahoitus on usein hankekohtaista, ja tuen tarve näkyy monesti vasta palvelun julkaisun jälkeen.',
    attendance: 62,
  },
  {
    date: '2022-09-02',
    theme: 'Yhteentoimivuus ja kansallinen arkkitehtuuri',
    themeDescription:
      'Yhteiset sanastot, tietomallit ja arkkitehtuuriperiaatteet mahdollistavat tietojen liikkumisen organisaatioiden välillä. Miten ne otetaan käyttöön omassa kehittämisessä?',
    title: 'Yhteentoimivuus: samat sanat, samat tiedot, toimivat palvelut',
    introduction: `Kun organisaatiot käyttävät samoja käsitteitä ja tietomalleja, tietoja voidaan hyödyntää ilman käsityötä ja tulkintaongelmia. Yhteentoimivuusalustalle kootaan julkisen hallinnon sanastoja, koodistoja ja tietomalleja, ja kokonaisarkkitehtuurin menetelmät auttavat näkemään oman hankkeen osana laajempaa kokonaisuutta. Alustuksessa esitellään alustan käyttöä ja kansallisen arkkitehtuurin periaatteita sekä kuullaan kaupungin kokemuksia yhteisten tietomallien hyödyntämisestä. Yhteentoimivuus on myös tiedonhallintalain vaatimus, joten aihe koskee jokaista viranomaista.

- Onko organisaatiollanne yhteinen käsitteistö, ja missä sitä ylläpidetään?
- Miten kansalliset tietomallit ja koodistot on otettu huomioon hankinnoissa?
- Kenen tehtävä arkkitehtuurityö on pienessä organisaatiossa?

Yhteentoimivuus syntyy yhteistyöstä – tervetuloa mukaan.`,
    speakers: [
      { name: 'Sanna Sanasto', organisation: 'Digi- ja väestötietovirasto' },
      { name: 'Emma Tietohallinto', organisation: 'Oulun kaupunki' },
    ],
    recordingUrl: 'https://example.org/tallenteet/2022-09-02',
    notes:
      'Keskustelussa todettiin, että yhteentoimivuus ratkeaa usein jo hankintavaiheessa, jos vaatimukset on kirjattu riittävän tarkasti. **Hyvä käytäntö:** käsitemallit laaditaan yhdessä palvelujen asiantuntijoiden kanssa eikä pelkästään tietohallinnossa. **Haaste:** arkkitehtuuriosaamista on niukasti pienissä organisaatioissa.',
    attendance: 70,
  },
  {
    date: '2022-10-07',
    theme: 'Datatalous ja tietojen hyödyntäminen',
    themeDescription:
      'EU:n datastrategia ja uudet datasäädökset muuttavat tapaa, jolla julkisen hallinnon tietoja jaetaan ja hyödynnetään. Mitä datatalous tarkoittaa kunnille ja virastoille?',
    title: 'Datatalous: julkisen hallinnon tiedot hyötykäyttöön',
    introduction: `Julkisella hallinnolla on hallussaan valtava määrä tietoa, jonka hyödyntäminen voisi parantaa sekä palveluja että päätöksentekoa. EU:n datastrategia, datahallintosäädös ja valmisteilla oleva datasäädös luovat puitteita tietojen jakamiselle, ja avoimen datan direktiivi velvoittaa avaamaan arvokkaat tietoaineistot. Alustuksessa käsitellään datatalouden peruskäsitteitä ja sitä, miten tietoja voidaan jakaa turvallisesti ja hallitusti. Lisäksi kuullaan, miten tietoaineistojen kuvaaminen ja luettelointi auttaa tunnistamaan, mitä tietoja organisaatiolla ylipäätään on.

- Mitkä organisaatiosi tietoaineistot voisivat hyödyttää muita?
- Mikä estää tietojen avaamista tai jakamista: lainsäädäntö, tekniikka vai resurssit?
- Miten tiedon laatu ja omistajuus varmistetaan?

Tule mukaan pohtimaan, miten datasta tehdään yhteinen voimavara.`,
    speakers: [
      { name: 'Timo Tietovaranto', organisation: 'Valtiovarainministeriö' },
      { name: 'Laura Datanen', organisation: 'Tilastokeskus' },
    ],
    recordingUrl: 'https://example.org/tallenteet/2022-10-07',
    notes:
      'Osallistujat tunnistivat useita tietoaineistoja, jotka voitaisiin avata jo nyt, kuten palvelupisteiden ja kiinteistöjen tiedot. **Hyvä käytäntö:** tietoaineistoluettelo, jossa jokaiselle aineistolle on nimetty omistaja. **Haaste:** tietojen käyttöoikeuksien selvittäminen vie usein enemmän aikaa kuin tekninen toteutus.',
    attendance: 82,
  },
  {
    date: '2022-11-04',
    theme: 'Digitaalisten palvelujen hankinnat',
    themeDescription:
      'Onnistunut digipalvelu alkaa onnistuneesta hankinnasta. Tapaamisessa käsitellään ICT-hankintojen valmistelua, markkinavuoropuhelua ja vaatimusten määrittelyä.',
    title: 'Hankinta ratkaisee – digipalvelujen hankinnat ilman sudenkuoppia',
    introduction: `Suuri osa julkisen hallinnon digipalveluista toteutetaan ostopalveluna, joten hankinnan laatu ratkaisee pitkälti palvelun laadun. Hyvä hankinta edellyttää tarpeen huolellista määrittelyä, avointa markkinavuoropuhelua sekä vaatimuksia, jotka kattavat saavutettavuuden, tietoturvan, yhteentoimivuuden ja rajapinnat. Alustuksessa käydään läpi tyypillisiä sudenkuoppia ja kuullaan, miten innovatiivisia hankintoja on toteutettu kunnissa. Hankinnan valmisteluun kannattaa varata aikaa, sillä korjaukset sopimuskauden aikana tulevat kalliiksi.

- Miten käyttäjien tarpeet saadaan mukaan hankinnan valmisteluun?
- Miten vältetään toimittajaloukku ja varmistetaan tietojen siirrettävyys?
- Millainen yhteistyö hankintayksiköiden välillä on toiminut?

Hankinnat ovat kehittäjien yhteinen asia – jaa omat oppisi.`,
    speakers: [
      { name: 'Olli Hankkija', organisation: 'Kuntaliitto' },
      { name: 'Mikko Kehittäjä', organisation: 'Tampereen kaupunki' },
    ],
    recordingUrl: 'https://example.org/tallenteet/2022-11-04',
    notes:
      'Keskustelussa nousivat esiin toimittajariippuvuus ja vanhojen sopimusten rajoitteet tietojen luovuttamisessa. **Hyvä käytäntö:** markkinavuoropuhelu, jossa toimittajat kommentoivat vaatimuksia ennen tarjouspyynnön julkaisua. **Haaste:** hankintaosaaminen ja substanssiosaaminen ovat usein eri yksiköissä.',
    attendance: 92,
  },
  {
    date: '2022-12-02',
    theme: 'Hyvinvointialueiden käynnistyminen ja digitaaliset palvelut',
    themeDescription:
      'Vuoden 2023 alussa sosiaali- ja terveyspalvelujen sekä pelastustoimen järjestämisvastuu siirtyy hyvinvointialueille. Miten asiakkaiden digipalvelut ja tietojärjestelmät saadaan toimimaan siirtymässä?',
    title: 'Hyvinvointialueet käynnistyvät – miten digipalvelut siirtyvät?',
    introduction: `Hyvinvointialueet aloittavat toimintansa 1.1.2023, ja sote-palvelujen sekä pelastustoimen järjestämisvastuu siirtyy kunnilta ja kuntayhtymiltä 21 hyvinvointialueelle ja Helsingin kaupungille. Muutos on yksi julkisen hallinnon suurimmista tietojärjestelmäsiirroista: käyttäjätunnukset, sopimukset, tietojärjestelmät ja asiakkaiden digipalvelut on siirrettävä ilman katkoksia. Alustuksessa kuullaan hyvinvointialueen valmistelijan kokemuksia loppusuoralta ja pohditaan, mitä kuntien on syytä huomioida yhteistyössä hyvinvointialueiden kanssa. Siirtymä koskettaa myös kuntien omia digipalveluja, sillä monet asiakkaat asioivat jatkossa sekä kunnan että hyvinvointialueen kanssa.

- Mitkä palvelut ja tiedot jäävät kunnan ja hyvinvointialueen yhteiseksi rajapinnaksi?
- Miten asiakkaille viestitään muuttuvista asiointikanavista?
- Mitä siirtymästä kannattaa oppia seuraavia suuria muutoksia varten?

Tervetuloa mukaan – erityisesti kunnista ja hyvinvointialueilta.`,
    speakers: [
      { name: 'Jussi Prosessi', organisation: 'Pirkanmaan hyvinvointialue' },
      { name: 'Riikka Rajapinta', organisation: 'Kuntaliitto' },
    ],
    recordingUrl: 'https://example.org/tallenteet/2022-12-02',
    notes:
      'Tapaaminen keräsi siihen asti suurimman joukon kuntien ja hyvinvointialueiden kehittäjiä. Keskustelussa korostuivat käyttäjähallinnan ja sopimussiirtojen viivästykset sekä asiakasviestinnän tärkeys. **Hyvä käytäntö:** kunta ja hyvinvointialue seurasivat siirtyvien järjestelmien tilannetta viikoittain yhteisellä muutostaululla.',
    attendance: 118,
  },
  {
    date: '2023-01-06',
    theme: 'Muutosjohtaminen ja osaaminen digitalisaatiossa',
    themeDescription:
      'Digitalisaatio on ennen kaikkea toimintatapojen muutosta. Tapaamisessa käsitellään muutoksen johtamista, henkilöstön osaamista ja muutosagenttien roolia.',
    title: 'Loppiaisen tapaaminen: muutoksen johtaminen digitalisaatiossa',
    introduction: `Uusi tietojärjestelmä tai digipalvelu ei yksin muuta mitään, jos toimintatavat, osaaminen ja johtaminen eivät muutu sen mukana. Monessa organisaatiossa digitalisaation onnistuminen on riippunut muutosagenteista, jotka kääntävät strategian arjen teoiksi ja tukevat kollegoitaan. Alustuksessa pohditaan, miten muutosta johdetaan, kun samaan aikaan on käynnissä useita hankkeita ja henkilöstön jaksaminen on koetuksella. Mukana on myös kokemuksia siitä, miten muutosagenttien verkosto on rakennettu isossa virastossa.

- Miten digitalisaation tavoitteet on viestitty henkilöstölle?
- Millainen tuki muutosagenteilla on organisaatiossasi?
- Miten osaamisen kehittäminen on liitetty hankkeisiin?

Loppiaisen tapaaminen on tavallista lyhyempi – tervetuloa silti!`,
    speakers: [
      { name: 'Pekka Muutosagentti', organisation: 'Verohallinto' },
      { name: 'Noora Luotsi', organisation: 'Kuntaliitto' },
    ],
    recordingUrl: 'https://example.org/tallenteet/2023-01-06',
    notes:
      'Loppiaisesta huolimatta mukana oli runsaasti osallistujia, ja chatissa jaettiin paljon omia kokemuksia. **Hyvä käytäntö:** muutosagenttien oma verkosto kokoontuu kuukausittain ja kertoo onnistumisista koko organisaatiolle. **Haaste:** muutosagentin tehtävää hoidetaan usein oman työn ohessa ilman varattua aikaa.',
    attendance: 104,
  },
  {
    date: '2023-02-03',
    theme: 'EU:n digisääntely ja yhteinen digitaalinen palveluväylä',
    themeDescription:
      'EU-sääntely vaikuttaa yhä enemmän kansallisiin digipalveluihin: yhteinen digitaalinen palveluväylä, eurooppalainen digitaalisen identiteetin lompakko ja datasäädökset tuovat uusia velvoitteita. Tapaamisessa kootaan, mitä on tulossa ja milloin.',
    title: 'Digitalisaatiota koskeva lainsäädäntö 2023: EU-sääntely ja kansalliset velvoitteet',
    introduction: `Digitalisaatiota koskeva lainsäädäntö tulee yhä useammin EU:sta. Yhteistä digitaalista palveluväylää koskeva asetus edellyttää, että keskeiset hallinnolliset menettelyt ovat saatavilla verkossa myös muista jäsenvaltioista tuleville käyttäjille ja että kerran ja vain kerran -periaatetta tukeva tekninen järjestelmä otetaan käyttöön vuoden 2023 loppuun mennessä. Samaan aikaan valmistellaan eurooppalaista digitaalisen identiteetin lompakkoa, datasäädöstä ja tekoälysäädöstä. Alustuksessa kootaan kokonaiskuva siitä, mitä on tulossa ja miten kansallinen lainsäädäntö muuttuu.

- Mitkä EU-velvoitteet koskevat jo nyt omia palvelujasi?
- Miten EU-sääntelyn valmistelua voi seurata ja siihen vaikuttaa?
- Mitä kansallisia lakimuutoksia tarvitaan, jotta velvoitteet voidaan toteuttaa?

Tervetuloa – teema koskee jokaista julkisen palvelun kehittäjää.`,
    speakers: [
      { name: 'Liisa Lainvalmistelija', organisation: 'Valtiovarainministeriö' },
      { name: 'Sara Suunnittelija', organisation: 'Digi- ja väestötietovirasto' },
    ],
    recordingUrl: 'https://example.org/tallenteet/2023-02-03',
    notes:
      'Tapaaminen keräsi verkoston historian suurimman osallistujajoukon, lähes 250 kehittäjää. Eniten kysymyksiä herättivät yhteisen digitaalisen palveluväylän aikataulu ja se, mitkä menettelyt koskevat kuntia. **Hyvä käytäntö:** virastojen yhteinen seurantataulukko EU-velvoitteista ja niiden vastuuhenkilöistä. Osallistujat toivoivat, että lainsäädäntöteemoja jatketaan myös ohjelman jälkeen.',
    attendance: 245,
  },
  {
    date: '2023-03-03',
    theme: 'Ohjelman päätös: opit ja verkoston jatko',
    themeDescription:
      'Digitalisaation edistämisen ohjelma päättyy maaliskuussa 2023. Viimeisessä tapaamisessa kootaan verkoston kokemukset ja pohditaan, miten yhteistyö jatkuu ohjelman jälkeen.',
    title: 'Kiitos ja näkemiin – mutta verkosto jatkaa!',
    introduction: `Digin edistäjien verkosto on kokoontunut marraskuusta 2021 lähtien kuukauden ensimmäisenä perjantaina. Osallistujamäärä on kasvanut muutamasta kymmenestä lähes 250:een, ja tapaamisissa on käsitelty lainsäädäntöä, digipalveluja, tietoturvaa, hankintoja ja muutoksen johtamista. Ohjelman päättyessä kokoamme yhteen, mitä verkostosta on opittu, ja kerromme, miten kokemukset dokumentoidaan ja arvioidaan osana ohjelman loppuraportointia. Tärkeintä on kuitenkin se, miten te haluatte jatkaa. Verkosto on alusta asti ollut osallistujiensa näköinen, ja niin sen kannattaa olla jatkossakin.

- Mikä verkoston toiminnassa on ollut sinulle hyödyllisintä?
- Mitä olisi kannattanut tehdä toisin?
- Missä muodossa verkoston pitäisi jatkaa ohjelman jälkeen?

Kiitos kaikille mukana olleille – yhteistyö jatkuu.`,
    speakers: [
      { name: 'Aino Järjestäjä', organisation: 'Valtiovarainministeriö' },
      { name: 'Mikko Kehittäjä', organisation: 'Tampereen kaupunki' },
    ],
    recordingUrl: 'https://example.org/tallenteet/2023-03-03',
    notes:
      'Viimeisessä tapaamisessa koottiin palautetta verkoston toiminnasta ja toiveita sen jatkosta. Osallistujat pitivät arvokkaimpana vertaistukea ja kokonaiskuvaa kansallisesta kehittämisestä. Sovittiin, että verkosto jatkaa avoimena ja osallistujien itse ylläpitämänä, ja ensimmäiset jatkoteemat valittiin äänestämällä. Kokemukset kirjataan osaksi ohjelman loppuarviointia.',
    attendance: 150,
  },
];

/** Themes for the meetings after the programme: the network lives on. */
export const DEMO_UPCOMING_THEMES: {
  theme: string;
  themeDescription: string;
  title: string;
  introduction: string;
}[] = [
  {
    theme: 'Tekoäly julkisissa palveluissa',
    themeDescription:
      'Generatiivinen tekoäly ja koneoppiminen tarjoavat uusia mahdollisuuksia asiakaspalveluun ja asiantuntijatyöhön. Miten tekoälyä hyödynnetään vastuullisesti ja lainmukaisesti?',
    title: 'Tekoäly julkisissa palveluissa – mahdollisuudet ja rajat',
    introduction: `Tekoälyn kehitys on nopeutunut, ja moni organisaatio kokeilee jo tekoälyä esimerkiksi asiakaspalvelun chat-palveluissa, asiakirjojen luokittelussa ja tiedonhaussa. Julkisessa hallinnossa tekoälyn käyttöä ohjaavat hyvän hallinnon periaatteet, tietosuoja ja automaattista päätöksentekoa koskeva sääntely sekä jatkossa EU:n tekoälysäädös. Alustuksessa käydään läpi kokeilujen kokemuksia ja pohditaan, millaisia pelisääntöjä tekoälyn vastuullinen käyttö edellyttää. Tekoälyn hyödyntäminen vaatii myös laadukasta dataa ja selkeää vastuunjakoa.

- Missä tehtävissä tekoäly voisi aidosti helpottaa työtä tai asiointia?
- Miten varmistetaan, että tekoälyn tuottama tieto on oikeaa ja syrjimätöntä?
- Millaista osaamista ja ohjeistusta henkilöstö tarvitsee?

Tule jakamaan kokeilujasi – myös epäonnistuneita.`,
  },
  {
    theme: 'Digitaalisten palvelujen saavutettavuus',
    themeDescription:
      'Saavutettavuus on jatkuvaa työtä eikä kertaluonteinen projekti. EU:n esteettömyysdirektiivi laajentaa vaatimuksia myös moniin yksityisiin palveluihin.',
    title: 'Saavutettavuus jatkuvaksi käytännöksi',
    introduction: `Digipalvelulain saavutettavuusvaatimukset ovat koskeneet julkisen sektorin verkkosivustoja ja mobiilisovelluksia jo vuosia, mutta valvonnan havainnot osoittavat, että puutteita löytyy yhä. Samaan aikaan EU:n esteettömyysdirektiivi laajentaa vaatimuksia esimerkiksi verkkokauppoihin, pankkipalveluihin ja sähköisiin lippupalveluihin, mikä vaikuttaa myös julkisen sektorin kumppaneihin. Alustuksessa käsitellään, miten saavutettavuus saadaan osaksi palvelun koko elinkaarta suunnittelusta ylläpitoon. Hyvä saavutettavuus hyödyttää kaikkia käyttäjiä, esimerkiksi mobiililaitteella asioivia ja ikääntyneitä. Lisäksi kuullaan, miten saavutettavuustestaus on tehty osaksi jatkuvaa kehitystä.

- Miten saavutettavuus testataan ennen julkaisua ja sen jälkeen?
- Kuka organisaatiossanne vastaa saavutettavuusosaamisesta?
- Miten käyttäjien saavutettavuuspalaute käsitellään?

Saavutettava palvelu on parempi palvelu kaikille – tervetuloa mukaan.`,
  },
  {
    theme: 'Yhteentoimivuus ja tietojen jakaminen',
    themeDescription:
      'Asiakkaan ei pitäisi joutua antamaan samoja tietoja viranomaisille moneen kertaan. Tapaamisessa käsitellään tietojen jakamista rajapintojen, yhteisten tietomallien ja Suomi.fi-palveluväylän avulla.',
    title: 'Kerran ja vain kerran: tiedot liikkeelle yli organisaatiorajojen',
    introduction: `Kerran ja vain kerran -periaatteen mukaan asiakkaan ei tarvitse toimittaa viranomaisille tietoja, jotka julkisella hallinnolla jo on. Periaatteen toteutuminen edellyttää yhteisiä tietomalleja, toimivia rajapintoja, selkeitä käyttöoikeuksia ja luottamusta organisaatioiden välillä. Alustuksessa kuullaan esimerkkejä tietojen jakamisesta Suomi.fi-palveluväylän ja rajapintojen avulla sekä pohditaan, miksi tietojen luovuttaminen kaatuu yhä usein sopimuksiin ja tulkintoihin. Tavoitteena on tunnistaa yhteisiä esteitä ja ratkaisuja, joita verkosto voi viedä eteenpäin.

- Mitä tietoja kysytte asiakkailta, vaikka ne löytyisivät jo toiselta viranomaiselta?
- Mikä on suurin este tietojen jakamiselle: laki, tekniikka vai sopimukset?
- Miten tietojen luovutusten lupaprosessia voisi sujuvoittaa?

Tervetuloa etsimään yhteisiä ratkaisuja.`,
  },
  {
    theme: 'Ohjelman opit avoimille verkostoille',
    themeDescription:
      'Digitalisaation edistämisen ohjelman verkostosta saatiin kokemuksia, joita voi hyödyntää muissa avoimissa ammatillisissa verkostoissa. Kootaan yhdessä, mikä toimi ja mitä kannattaa kehittää.',
    title: 'Mitä opimme – ja miten avoin verkosto pidetään elossa?',
    introduction: `Digin edistäjien verkosto syntyi digitalisaation edistämisen ohjelman tarpeisiin, mutta sen arvo osoittautui yksittäistä ohjelmaa suuremmaksi. Matala osallistumisen kynnys, etukäteen sovitut teemat ja huolella valmistellut alustukset kokosivat parhaimmillaan satoja kehittäjiä. Nyt verkosto jatkaa omin voimin. Tapaamisessa käydään läpi ohjelman loppuarvioinnin havainnot ja sovitaan, miten vastuut, teemat ja fasilitointi jaetaan jatkossa.

- Mitkä verkoston toimintatavat kannattaa säilyttää?
- Kuka valmistelee alustukset ja kutsuu tapaamiset koolle, kun ohjelma on päättynyt?
- Miten uudet osallistujat löytävät verkoston?

Verkosto elää niin kauan kuin sen jäsenet haluavat – tule mukaan suunnittelemaan jatkoa.`,
  },
];
