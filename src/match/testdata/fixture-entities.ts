import type { Entity, EntityName } from '../../model/entity.js'
import { entity } from '../../../test/support/fixtures.js'
import { detectScript } from '../../text/script.js'

/** A small list shaped like the real one: generic words recur, so weights behave as on the bundled data. */
function e(id: string, type: Entity['type'], names: string[], extra: Partial<Entity> = {}): Entity {
  const [list] = id.split(':') as [Entity['list']]
  const entityNames: EntityName[] = names.map((value, i) => ({
    value,
    kind: i === 0 ? 'primary' : 'aka',
    script: detectScript(value),
  }))
  return entity({ id, list, name: names[0]!, type, names: entityNames, ...extra })
}

const cn = { countries: ['CN'] }
export const FIXTURE_ENTITIES: Entity[] = [
  e('EL:1', 'organization', ['Huawei Technologies Co., Ltd.', 'Huawei'], cn),
  e('EL:2', 'organization', ['Hangzhou Hikvision Digital Technology Co., Ltd.', 'Hikvision'], cn),
  e('EL:3', 'organization', ['Dahua Technology'], cn),
  e('EL:4', 'organization', ['Harbin Engineering University'], cn),
  e('EL:5', 'organization', ['DJI', 'Shenzhen DJI Innovation Technology Co., Ltd.', 'SZ DJI Technology Co., Ltd.'], cn),
  e('EL:6', 'organization', ['China Electronics Technology Group Corporation'], cn),
  e('EL:7', 'organization', ['Chengdu Suanze Technology Co., Ltd.'], cn),
  e('EL:8', 'organization', ['Beijing Innovation Wisdom Technology Co., Ltd.'], cn),
  e('EL:9', 'organization', ['China Shipbuilding Industry Company Limited'], cn),
  e('EL:10', 'organization', ['Media-Invest OOO'], { countries: ['RU'] }),
  e('EL:11', 'organization', ['Joint Stock Company Angstrem-T'], { countries: ['RU'] }),
  e('EL:12', 'organization', ['Shanghai Micro Electronics Equipment (Group) Co., Ltd.'], cn),
  e('EL:13', 'organization', ['China International Trading Company'], cn),
  e('EL:14', 'organization', ['Sichuan Technology International Co., Ltd.'], cn),
  e('EL:15', 'organization', ['Beijing Technology Development Co., Ltd.'], cn),
  e('SDN:100', 'person', ['BUSH, George Walker'], {
    countries: ['US'],
    birthDates: [{ date: '1946-07-06' }],
  }),
  e('SDN:101', 'person', ['MUHAMMAD, Abd al-Rahman Husayn'], { countries: ['IQ'], birthDates: [{ date: '1965' }] }),
  e('SDN:102', 'person', ['SHCHERBAKOV, Sergey Ivanovich'], { countries: ['RU'] }),
  e('SDN:103', 'person', ['ZHANG, Wei'], cn),
  e('SDN:104', 'person', ['CHEN, Bo'], cn),
  e('SDN:200', 'vessel', ['DOVER']),
  e('SDN:201', 'vessel', ['SALINA', 'BLACKSTONE']),
  e('SDN:202', 'organization', ['OPERA'], { countries: ['CG'] }),
  e('SDN:203', 'organization', ['CARVANA COMPANY'], { countries: ['IR'] }),
  e('UN:300', 'person', ['ERIC BADEGE'], { countries: ['RW', 'CD'], birthDates: [{ date: '1971' }] }),
]
