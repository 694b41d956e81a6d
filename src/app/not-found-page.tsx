import { Link } from 'react-router';
import { buttonClass } from '../components/button';

export function NotFoundPage({
  title = 'Page not found',
  message = 'Nothing lives at this address. It may have been deleted, or the link may be mistyped.',
}: {
  title?: string;
  message?: string;
}) {
  return (
    <section className="mx-auto max-w-lg py-16 text-center">
      <h1 className="text-2xl font-semibold">{title}</h1>
      <p className="mt-3 text-slate-600">{message}</p>
      <Link to="/instances" className={buttonClass('primary', 'md') + ' mt-6'}>
        Back to instances
      </Link>
    </section>
  );
}
