import { Asset } from './asset.entity.js';
import { AssetInventor } from './asset-inventor.entity.js';
import { AssetSector } from './asset-sector.entity.js';
import { Company } from './company.entity.js';
import { Institution } from './institution.entity.js';
import { Inventor } from './inventor.entity.js';
import { Platform } from './platform.entity.js';
import { Sector } from './sector.entity.js';
import { User } from './user.entity.js';

/** Every entity, for the ORM configuration. */
export const entities = [Institution, Platform, Sector, Inventor, Company, User, Asset, AssetSector, AssetInventor];
