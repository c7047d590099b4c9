import type { FieldProps } from '../../schema/row-selection';

/**
 * What each GraphQL field of Resident / Household reads of its object, for list readers that
 * select columns by the query (the residents page, dispatch's board): properties per field, `id` always;
 * a field not listed reads the property of its own name. Kept next to the resolvers' owner: a
 * resolver that starts reading another property updates its entry here.
 */
export const RESIDENT_FIELD_PROPS: FieldProps = {
  household: ['household'],
  idNumber: ['idNumberEnc'],
  phone: ['phoneEnc'],
  age: ['birthDate'],
  sensitive: ['disability', 'hardship', 'healthNote'],
};
export const HOUSEHOLD_FIELD_PROPS: FieldProps = {
  members: [],
};
