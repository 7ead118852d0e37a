/** The signature status of a pack as a short label; the full sentence shows on hover. */
import type { PackSignatureCheck } from '../../../../core/pack/pack-summary.ts';
import { signatureLabel, signatureText } from './pack-verdict.ts';

export function SignatureBadge({ signature }: { signature: PackSignatureCheck }) {
  const text = signatureText(signature);
  return (
    <span className={`pack-signature pack-signature-${signature.status}`} title={text}>
      {signatureLabel[signature.status]}
    </span>
  );
}
