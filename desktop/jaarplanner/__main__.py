from jaarplanner.cli.main import main

raise SystemExit(main())
