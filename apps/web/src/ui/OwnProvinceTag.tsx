import { text } from '../i18n/vi';

/** "Tỉnh của bạn", beside the viewer's own province wherever provinces are listed. */
export function OwnProvinceTag() {
  return (
    <span className="badge badge--own" data-testid="own-province-tag">
      {text.scope.ownProvince}
    </span>
  );
}
