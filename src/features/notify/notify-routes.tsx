// Routes under /notifications/:escalationId (mounted by the app shell behind the vault gate).
import { Route, Routes, useParams } from 'react-router';
import { NotifyPage } from './notify-page';

function NotifyIndex() {
  const { escalationId = '' } = useParams();
  return <NotifyPage key={escalationId} escalationId={escalationId} />;
}

export function NotifyRoutes() {
  return (
    <Routes>
      <Route index element={<NotifyIndex />} />
      <Route path="*" element={<NotifyIndex />} />
    </Routes>
  );
}
