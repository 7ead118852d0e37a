/** 登记簿: the 文号 register and the 建议书/整改通知书 register, one above the other. */
import { IssuedRegister } from './IssuedRegister.tsx';
import { NumberRegister } from './NumberRegister.tsx';
import './registers.css';

export function RegistersScreen({ canRevealFiles }: { canRevealFiles: boolean }) {
  return (
    <div className="registers-screen">
      <h1 className="registers-title">登记簿</h1>
      <NumberRegister canRevealFiles={canRevealFiles} />
      <IssuedRegister canRevealFiles={canRevealFiles} />
    </div>
  );
}
