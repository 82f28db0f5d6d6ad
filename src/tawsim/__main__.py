from tawsim.cli import main

raise SystemExit(main())
