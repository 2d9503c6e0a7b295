// The guide pages, loaded on demand, with the blank notification form on each guide.
import { GuideRoutes as FeatureGuideRoutes } from '../features/guide/guide-routes';
import { BlankFormButton } from '../features/notify/blank-form-button';
import { guideHeaderActions } from '../ui/render-slot';

export function GuideRoutes() {
  return (
    <guideHeaderActions.Provider value={({ packId }) => <BlankFormButton packId={packId} />}>
      <FeatureGuideRoutes />
    </guideHeaderActions.Provider>
  );
}
